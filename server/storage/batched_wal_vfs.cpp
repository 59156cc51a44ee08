#include "server/storage/batched_wal_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <new>
#include <vector>

namespace storepulse::storage {
namespace {

// A WAL frame header: page number, then, for a commit frame only, the database's size in pages.
constexpr int frame_header_size = 24;
// Gathered bytes past this are written at once; a larger commit takes several writes.
constexpr std::size_t max_gathered = std::size_t{1} << 20;
// The most that the default (unix) VFS writes in one call: it keeps the low 17 bits of a length.
constexpr std::size_t max_write = 0x1ffff;

struct gathered_frames {
  std::vector<char> bytes;
  sqlite3_int64 offset = 0;
  // The last gathered write was a commit frame's header: its page ends the commit.
  bool commit_header = false;
  // Where the page of a commit frame written straight through goes; -1 when none is due.
  sqlite3_int64 direct_page_at = -1;
};

struct shim_file {
  sqlite3_file base;
  sqlite3_file* real;     // the default VFS's file, which SQLite allocated right after this one
  gathered_frames* wal;   // set for WAL files only
};

constexpr std::size_t real_offset = (sizeof(shim_file) + 15) / 16 * 16;

shim_file* shim(sqlite3_file* file) { return reinterpret_cast<shim_file*>(file); }
sqlite3_file* real(sqlite3_file* file) { return shim(file)->real; }
const sqlite3_io_methods& methods(sqlite3_file* file) { return *real(file)->pMethods; }
sqlite3_vfs* real_vfs(sqlite3_vfs* vfs) { return static_cast<sqlite3_vfs*>(vfs->pAppData); }

bool is_commit_header(const void* data, int amount) {
  if (amount != frame_header_size) return false;
  auto* bytes = static_cast<const unsigned char*>(data);
  return (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
}

void append(gathered_frames& frames, const void* data, int amount, sqlite3_int64 offset) {
  if (frames.bytes.empty()) frames.offset = offset;
  auto* bytes = static_cast<const char*>(data);
  frames.bytes.insert(frames.bytes.end(), bytes, bytes + amount);
}

int write_through(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
  return methods(file).xWrite(real(file), data, amount, offset);
}

// Writes what is gathered, in one call; what cannot be written is dropped with the error, which
// fails the transaction it belonged to (a commit's frames are never held past its commit frame).
int flush(sqlite3_file* file) {
  gathered_frames* frames = shim(file)->wal;
  if (frames == nullptr) return SQLITE_OK;
  frames->direct_page_at = -1;
  if (frames->bytes.empty()) return SQLITE_OK;
  int rc = SQLITE_OK;
  for (std::size_t done = 0; rc == SQLITE_OK && done < frames->bytes.size(); done += max_write) {
    std::size_t amount = std::min(max_write, frames->bytes.size() - done);
    rc = write_through(file, frames->bytes.data() + done, static_cast<int>(amount),
                       frames->offset + static_cast<sqlite3_int64>(done));
  }
  frames->bytes.clear();
  frames->commit_header = false;
  return rc;
}

int shim_write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
  gathered_frames* frames = shim(file)->wal;
  if (frames == nullptr) return write_through(file, data, amount, offset);
  if (frames->direct_page_at == offset) {
    // The page of a commit frame whose header went straight through follows it the same way.
    frames->direct_page_at = -1;
    return write_through(file, data, amount, offset);
  }
  frames->direct_page_at = -1;
  bool follows = !frames->bytes.empty() &&
                 offset == frames->offset + static_cast<sqlite3_int64>(frames->bytes.size());
  bool commit = is_commit_header(data, amount);
  if (!follows) {
    if (int rc = flush(file); rc != SQLITE_OK) return rc;
    if (commit) {
      // Nothing gathered comes before this commit frame (a one-page commit, or a header SQLite
      // rewrites with new checksums after the commit's frames): nothing may wait behind it.
      int rc = write_through(file, data, amount, offset);
      if (rc == SQLITE_OK) frames->direct_page_at = offset + amount;
      return rc;
    }
  }
  bool completes_commit = frames->commit_header;
  append(*frames, data, amount, offset);
  if (completes_commit) return flush(file);
  frames->commit_header = commit;
  if (!commit && frames->bytes.size() >= max_gathered) return flush(file);
  return SQLITE_OK;
}

int shim_close(sqlite3_file* file) {
  int flushed = flush(file);
  delete shim(file)->wal;
  shim(file)->wal = nullptr;
  int rc = methods(file).xClose(real(file));
  return flushed != SQLITE_OK ? flushed : rc;
}

int shim_read(sqlite3_file* file, void* data, int amount, sqlite3_int64 offset) {
  if (int rc = flush(file); rc != SQLITE_OK) return rc;
  return methods(file).xRead(real(file), data, amount, offset);
}

int shim_truncate(sqlite3_file* file, sqlite3_int64 size) {
  if (int rc = flush(file); rc != SQLITE_OK) return rc;
  return methods(file).xTruncate(real(file), size);
}

int shim_sync(sqlite3_file* file, int flags) {
  if (int rc = flush(file); rc != SQLITE_OK) return rc;
  return methods(file).xSync(real(file), flags);
}

int shim_file_size(sqlite3_file* file, sqlite3_int64* size) {
  if (int rc = flush(file); rc != SQLITE_OK) return rc;
  return methods(file).xFileSize(real(file), size);
}

int shim_lock(sqlite3_file* file, int level) { return methods(file).xLock(real(file), level); }
int shim_unlock(sqlite3_file* file, int level) { return methods(file).xUnlock(real(file), level); }
int shim_check_reserved_lock(sqlite3_file* file, int* out) {
  return methods(file).xCheckReservedLock(real(file), out);
}

int shim_file_control(sqlite3_file* file, int op, void* arg) {
  if (op == SQLITE_FCNTL_VFSNAME) {
    int rc = methods(file).xFileControl(real(file), op, arg);
    // Name this shim in front of what lies beneath, as SQLite's own shims do.
    auto* name = static_cast<char**>(arg);
    *name = rc == SQLITE_OK && *name ? sqlite3_mprintf("%s/%z", batched_wal_vfs(), *name)
                                     : sqlite3_mprintf("%s", batched_wal_vfs());
    return SQLITE_OK;
  }
  return methods(file).xFileControl(real(file), op, arg);
}

int shim_sector_size(sqlite3_file* file) { return methods(file).xSectorSize(real(file)); }
int shim_device_characteristics(sqlite3_file* file) {
  return methods(file).xDeviceCharacteristics(real(file));
}

int shim_shm_map(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
  if (methods(file).iVersion < 2 || !methods(file).xShmMap) return SQLITE_IOERR_SHMMAP;
  return methods(file).xShmMap(real(file), region, size, extend, out);
}

int shim_shm_lock(sqlite3_file* file, int offset, int n, int flags) {
  if (methods(file).iVersion < 2 || !methods(file).xShmLock) return SQLITE_IOERR_SHMLOCK;
  return methods(file).xShmLock(real(file), offset, n, flags);
}

void shim_shm_barrier(sqlite3_file* file) {
  if (methods(file).iVersion >= 2 && methods(file).xShmBarrier) methods(file).xShmBarrier(real(file));
}

int shim_shm_unmap(sqlite3_file* file, int delete_flag) {
  if (methods(file).iVersion < 2 || !methods(file).xShmUnmap) return SQLITE_OK;
  return methods(file).xShmUnmap(real(file), delete_flag);
}

int shim_fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
  if (methods(file).iVersion < 3 || !methods(file).xFetch) {
    *out = nullptr;
    return SQLITE_OK;
  }
  return methods(file).xFetch(real(file), offset, amount, out);
}

int shim_unfetch(sqlite3_file* file, sqlite3_int64 offset, void* page) {
  if (methods(file).iVersion < 3 || !methods(file).xUnfetch) return SQLITE_OK;
  return methods(file).xUnfetch(real(file), offset, page);
}

const sqlite3_io_methods shim_methods = {
    3,
    shim_close,
    shim_read,
    shim_write,
    shim_truncate,
    shim_sync,
    shim_file_size,
    shim_lock,
    shim_unlock,
    shim_check_reserved_lock,
    shim_file_control,
    shim_sector_size,
    shim_device_characteristics,
    shim_shm_map,
    shim_shm_lock,
    shim_shm_barrier,
    shim_shm_unmap,
    shim_fetch,
    shim_unfetch,
};

int shim_open(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
  auto* self = shim(file);
  self->base.pMethods = nullptr;
  self->wal = nullptr;
  self->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + real_offset);
  int rc = real_vfs(vfs)->xOpen(real_vfs(vfs), name, self->real, flags, out_flags);
  // SQLite closes a file whose methods are set even when opening it failed.
  if (self->real->pMethods != nullptr) self->base.pMethods = &shim_methods;
  if (rc == SQLITE_OK && (flags & SQLITE_OPEN_WAL) != 0) {
    // Without memory for the gathering, the WAL is written as SQLite writes it.
    self->wal = new (std::nothrow) gathered_frames();
  }
  return rc;
}

int shim_delete(sqlite3_vfs* vfs, const char* name, int sync_dir) {
  return real_vfs(vfs)->xDelete(real_vfs(vfs), name, sync_dir);
}
int shim_access(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
  return real_vfs(vfs)->xAccess(real_vfs(vfs), name, flags, out);
}
int shim_full_pathname(sqlite3_vfs* vfs, const char* name, int size, char* out) {
  return real_vfs(vfs)->xFullPathname(real_vfs(vfs), name, size, out);
}
void* shim_dl_open(sqlite3_vfs* vfs, const char* name) { return real_vfs(vfs)->xDlOpen(real_vfs(vfs), name); }
void shim_dl_error(sqlite3_vfs* vfs, int size, char* out) { real_vfs(vfs)->xDlError(real_vfs(vfs), size, out); }
void (*shim_dl_sym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void) {
  return real_vfs(vfs)->xDlSym(real_vfs(vfs), handle, symbol);
}
void shim_dl_close(sqlite3_vfs* vfs, void* handle) { real_vfs(vfs)->xDlClose(real_vfs(vfs), handle); }
int shim_randomness(sqlite3_vfs* vfs, int size, char* out) {
  return real_vfs(vfs)->xRandomness(real_vfs(vfs), size, out);
}
int shim_sleep(sqlite3_vfs* vfs, int microseconds) { return real_vfs(vfs)->xSleep(real_vfs(vfs), microseconds); }
int shim_current_time(sqlite3_vfs* vfs, double* out) { return real_vfs(vfs)->xCurrentTime(real_vfs(vfs), out); }
int shim_get_last_error(sqlite3_vfs* vfs, int size, char* out) {
  return real_vfs(vfs)->xGetLastError(real_vfs(vfs), size, out);
}
int shim_current_time_int64(sqlite3_vfs* vfs, sqlite3_int64* out) {
  return real_vfs(vfs)->xCurrentTimeInt64(real_vfs(vfs), out);
}

}  // namespace

const char* batched_wal_vfs() {
  static constexpr const char* name = "storepulse-batched-wal";
  static sqlite3_vfs vfs{};
  static std::once_flag registered;
  std::call_once(registered, [] {
    sqlite3_initialize();
    sqlite3_vfs* underlying = sqlite3_vfs_find(nullptr);
    vfs.iVersion = underlying->iVersion >= 2 ? 2 : 1;
    vfs.szOsFile = static_cast<int>(real_offset) + underlying->szOsFile;
    vfs.mxPathname = underlying->mxPathname;
    vfs.zName = name;
    vfs.pAppData = underlying;
    vfs.xOpen = shim_open;
    vfs.xDelete = shim_delete;
    vfs.xAccess = shim_access;
    vfs.xFullPathname = shim_full_pathname;
    vfs.xDlOpen = shim_dl_open;
    vfs.xDlError = shim_dl_error;
    vfs.xDlSym = shim_dl_sym;
    vfs.xDlClose = shim_dl_close;
    vfs.xRandomness = shim_randomness;
    vfs.xSleep = shim_sleep;
    vfs.xCurrentTime = shim_current_time;
    vfs.xGetLastError = shim_get_last_error;
    vfs.xCurrentTimeInt64 = shim_current_time_int64;
    sqlite3_vfs_register(&vfs, 0);
  });
  return name;
}

}  // namespace storepulse::storage
