#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace storepulse::testing {

// A program started in the background with its output sent to a log file.
class child_process {
 public:
  // Starts argv[0] with the arguments; stdout and stderr go to log_path (appended).
  child_process(const std::vector<std::string>& argv, const std::string& log_path);
  ~child_process();
  child_process(const child_process&) = delete;
  child_process& operator=(const child_process&) = delete;

  // Sends a signal.
  void signal(int signal_number) const;
  // Waits for the process; returns its exit code, or 128 + signal when a signal ended it.
  int wait();
  // Returns true, without waiting, when the process has already ended (then running() is false).
  bool exited();
  // Returns true while it runs (not yet waited for).
  bool running() const { return pid_ > 0; }
  // Returns its process id (-1 once waited for).
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
};

// Runs a program to completion; returns its exit code and puts stdout+stderr into output.
int run_program(const std::vector<std::string>& argv, std::string& output);

}  // namespace storepulse::testing
