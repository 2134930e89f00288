export declare function toml(): typeof import('smol-toml')
