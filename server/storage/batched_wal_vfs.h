#pragma once

namespace storepulse::storage {

// Registers once, and returns the name of, an SQLite VFS over the default one that gathers the
// frames a connection appends to its WAL and writes each commit's frames with one system call,
// where SQLite writes every frame's header and page separately (two calls per page). A commit's
// frames reach the file before the commit returns and before other connections can see it: the
// gathered frames are written as soon as the commit frame is complete, and before any read, size
// query, sync, truncation or close of the WAL, or any write that does not follow them. Other
// files pass straight through.
const char* batched_wal_vfs();

}  // namespace storepulse::storage
