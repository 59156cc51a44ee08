#pragma once

#include <cstddef>
#include <string>

namespace storepulse::kiosk {

// What an enrollment came to, for the operator.
struct enroll_outcome {
  bool ok = false;
  std::string message;        // why not, when not ok
  std::size_t delivered = 0;  // answers of the previous store sent to it first, under its token
  std::size_t discarded = 0;  // answers of the previous store deleted, as the operator chose
  std::size_t left = 0;       // answers of the previous store it could not take: the kiosk stayed there
};

}  // namespace storepulse::kiosk
