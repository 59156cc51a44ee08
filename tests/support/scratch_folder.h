#pragma once

#include <string>

namespace storepulse::testing {

// A fresh folder under the system's temporary directory, removed with its contents on destruction.
class scratch_folder {
 public:
  explicit scratch_folder(const std::string& prefix = "storepulse-test");
  ~scratch_folder();
  scratch_folder(const scratch_folder&) = delete;
  scratch_folder& operator=(const scratch_folder&) = delete;

  // Returns the folder's path.
  const std::string& path() const { return path_; }
  // Returns path() + "/" + name.
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace storepulse::testing
