#pragma once

#include "server/reports/period_data.h"
#include "storepulse/v1/reports.pb.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace storepulse::reports {

// The CSV export of one caller's overview, written in pieces from a period's shared figures
// (their store rows included): the header with the organisation's and regions' rows first, then
// the stores a slice at a time, so that neither the whole overview nor the whole text is ever
// held. Needs no database; used by one thread at a time.
class csv_export {
 public:
  // head holds the period, the organisation and the regions as the caller sees them; stores are
  // the indexes of the caller's stores in data's catalog, in the export's order.
  csv_export(std::shared_ptr<const period_data> data, const v1::OverviewReport& head, std::vector<std::size_t> stores,
             std::size_t stores_per_piece);

  // Returns the next piece of the text; an empty string once done.
  std::string next();
  // Returns true once every piece has been returned.
  bool done() const { return head_sent_ && next_store_ == stores_.size(); }

 private:
  std::shared_ptr<const period_data> data_;
  v1::PeriodInfo period_;
  std::string head_;
  bool head_sent_ = false;
  std::vector<std::size_t> stores_;
  std::size_t next_store_ = 0;
  std::size_t stores_per_piece_;
};

}  // namespace storepulse::reports
