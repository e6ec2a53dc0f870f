"""Personal data stays with the account that runs schoolwatch: owner-only files and folders.

The database holds allegations about staff and pupils' names; a backup or an evidence pack
holds the same. Whatever umask the shell or the unit has, what schoolwatch creates is 0600
(files) and 0700 (folders). Folders that already exist are left as they are: they may be
/var/lib/schoolwatch, made by systemd, or a folder the school chose.
"""
from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
UMASK = 0o077


def restrict_umask() -> int:
    """From now on this process creates nothing others can read. Returns the old umask."""
    return os.umask(UMASK)


def private_dir(path: Path | str) -> Path:
    """Make `path` and any missing parents, each new one 0700 whatever the umask."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by another process: theirs to own
        os.chmod(folder, DIR_MODE)  # mkdir's mode is filtered by the umask; chmod is not
    return path


def private_file(path: Path | str) -> Path:
    """Create `path` empty and 0600 when it does not exist; tighten it when it is ours and readable by others."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
        return path
    try:
        os.fchmod(fd, FILE_MODE)  # os.open's mode is filtered by the umask
    finally:
        os.close(fd)
    return path


def tighten(path: Path | str) -> None:
    """An existing file of ours readable by others (made by an older schoolwatch) becomes 0600."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    if st.st_uid == os.getuid() and st.st_mode & 0o077:
        os.chmod(path, FILE_MODE)


def open_private(path: Path | str, mode: str = "w", **kwargs):
    """open() for a new file that only its owner may read (an export, a backup's notes)."""
    path = Path(path)
    private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, FILE_MODE)
    st = os.fstat(fd)
    if st.st_uid == os.getuid() and st.st_mode & 0o077:
        os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, mode, **kwargs)


def lock_down(folder: Path | str) -> None:
    """Everything under `folder` (which is 0700 already) made 0600 / 0700, for writers that know no better."""
    for root, dirs, files in os.walk(folder):
        for d in dirs:
            os.chmod(os.path.join(root, d), DIR_MODE)
        for f in files:
            path = os.path.join(root, f)
            if not os.path.islink(path):
                os.chmod(path, os.stat(path).st_mode & FILE_MODE)  # keeps a read-only file read-only
