#pragma once

#include <string>
#include <sys/types.h>

namespace storepulse::test {

// A private X server (Xvfb) for window tests; stopped in the destructor.
class xvfb_display {
 public:
  // Starts Xvfb on a free display number with one screen of the given size.
  xvfb_display(int width, int height);
  ~xvfb_display();
  xvfb_display(const xvfb_display&) = delete;
  xvfb_display& operator=(const xvfb_display&) = delete;

  // Returns the DISPLAY value, e.g. ":93".
  const std::string& name() const { return name_; }

  // Returns the path of Xvfb, or empty when it is not installed.
  static std::string find_binary();

 private:
  std::string name_;
  pid_t pid_ = -1;
};

}  // namespace storepulse::test
