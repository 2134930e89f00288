export declare function yaml(): typeof import('yaml')
export declare function diff(): typeof import('diff')
export declare function semver(): typeof import('semver')
export declare function toml(): typeof import('smol-toml')
