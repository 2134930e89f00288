export declare function semver(): typeof import('semver')
