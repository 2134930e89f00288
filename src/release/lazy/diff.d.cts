export declare function diff(): typeof import('diff')
