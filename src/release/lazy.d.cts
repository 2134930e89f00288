export declare function yaml(): typeof import('yaml')
export declare function toml(): typeof import('smol-toml')
export declare function diff(): typeof import('diff')
