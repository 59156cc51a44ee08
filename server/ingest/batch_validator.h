#pragma once

#include "server/ingest/question_catalog.h"
#include "storepulse/v1/kiosk.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace storepulse::ingest {

// Why a batch was refused as a whole.
struct batch_error {
  int item_index = -1;  // submissions first, then remediations
  std::string code;     // e.g. "unknown_question", "value_out_of_range", "date_in_future"
  std::string message;  // names the item; goes back to the kiosk, never into logs
};

struct date_window {
  int earliest;  // days since epoch, inclusive
  int latest;    // days since epoch, inclusive
};

// Returns the reason the batch must be refused, or nullopt when every item is valid. With
// too_late given, an item dated before the window is listed there (by index) instead of refusing
// the batch, and its contents are not checked further: it will be stored nowhere.
std::optional<batch_error> validate_batch(const v1::SubmissionBatch& batch, const question_catalog& catalog,
                                          date_window dates, std::vector<int>* too_late = nullptr);

}  // namespace storepulse::ingest
