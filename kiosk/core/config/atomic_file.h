#pragma once

#include <optional>
#include <string>

namespace storepulse::kiosk {

// Replaces path's contents atomically and durably (temporary file, fsync, rename, fsync of the
// folder), with the given permission bits. Throws std::runtime_error on failure.
void write_file_atomically(const std::string& path, const std::string& contents, unsigned mode);

// Returns a file's contents, or nothing when it does not exist or cannot be read.
std::optional<std::string> read_file(const std::string& path);

// Creates a folder and its parents when missing. Throws std::runtime_error on failure.
void ensure_directory(const std::string& path);

}  // namespace storepulse::kiosk
