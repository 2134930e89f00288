export declare function yaml(): typeof import('yaml')
export declare function diff(): typeof import('diff')
