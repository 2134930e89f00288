export declare function yaml(): typeof import('yaml')
