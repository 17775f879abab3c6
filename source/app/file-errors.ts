// A failed file write or read in words (ENOENT: "no such folder"), never the bare code: export -o,
// diff -o, the ndjson export, the browser's s and a redirect that cannot be written. A module of
// its own, with no imports: pipe commands load it at start, and nothing comes with it.

const FILE_ERRORS: Readonly<Record<string, string>> = {
	ENOENT: 'no such folder',
	ENOTDIR: 'a part of the path is not a folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EISDIR: 'it is a folder',
	EEXIST: 'it exists already',
	ENOSPC: 'no space left on the disk',
	EDQUOT: 'over the disk quota',
	EFBIG: 'over the file size limit',
	EROFS: 'the file system is read-only',
	ENAMETOOLONG: 'the name is too long',
	EMFILE: 'too many files open',
	EIO: 'an input/output error',
};

export function fileErrorText(code: string | undefined): string {
	return (code && FILE_ERRORS[code]) ?? `the system said ${code ?? 'no more'}`;
}
