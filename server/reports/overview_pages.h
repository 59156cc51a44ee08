#pragma once

#include "storepulse/v1/reports.pb.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace storepulse::reports {

// The overview's store table, one page at a time: HR at 5,000 stores reads 50 rows, not a
// megabyte of JSON.
constexpr std::uint32_t default_page_size = 50;
constexpr std::uint32_t max_page_size = 500;
constexpr std::size_t max_search_length = 100;  // characters

// A column of the store table that stores can be sorted by.
enum class sort_column { name, code, region, chi, dimension, trend, participation, alerts };

// How stores are ordered. Stores whose figure in the column is not published (held back, or no
// data) come last in either direction, by name: their order never depends on a hidden value.
struct store_order {
  sort_column column = sort_column::name;
  v1::Dimension dimension = v1::DIMENSION_UNSPECIFIED;  // for sort_column::dimension
  bool descending = false;

  // Returns the column's name as the API spells it: "name", "chi", "values", ...
  std::string name() const;
  // Returns what tells two orders apart.
  auto key() const { return std::tuple{static_cast<int>(column), static_cast<int>(dimension), descending}; }
};

// Which stores of the overview a request asks for, and which page of them.
struct page_query {
  store_order order;
  std::string search;  // a case-insensitive part of the store's name or code; empty for all
  std::uint32_t page = 1;
  std::uint32_t page_size = default_page_size;
};

// The query parameters of an overview page, or why they are refused (an error code and a
// sentence for a 400 answer).
struct page_query_result {
  std::optional<page_query> query;
  std::string error, message;
};

// Returns the page asked for by the query parameters sort, order, page, page_size and search
// (each empty when absent).
page_query_result parse_page_query(std::string_view sort, std::string_view order, std::string_view page,
                                   std::string_view page_size, std::string_view search);

// Returns text with the letters of ASCII, Latin-1 and Latin Extended-A (Western and Central
// European names) in lower case, for comparing names without regard to case.
std::string fold_case(std::string_view text);

// One caller's overview with every store they may see, made once per period's figures and cut
// into pages for every sort, filter and search: each sort order is computed on its first use and
// kept, and the JSON of everything but the stores is written once. Thread-safe.
class overview_rows {
 public:
  // head is the overview without stores (the organisation and every region the caller sees); the
  // pages leave out the organisation's and regions' question breakdowns.
  overview_rows(v1::OverviewReport head, std::vector<std::shared_ptr<const v1::StoreRow>> stores);

  // Returns the head with the page asked for of the stores in region (empty: every region) whose
  // name or code contains the search text, and the page's totals.
  v1::OverviewReport page(const std::string& region, const page_query& query) const;
  // Returns page(region, query) in Protobuf's JSON mapping, as http::append_json writes it.
  std::string page_json(const std::string& region, const page_query& query) const;

 private:
  struct selection {
    std::vector<std::uint32_t> stores;  // the page's, in order
    v1::StorePage info;
  };
  selection select(const std::string& region, const page_query& query) const;
  // Returns the index of every store in the order asked for.
  const std::vector<std::uint32_t>& sorted(const store_order& order) const;

  v1::OverviewReport head_;
  std::vector<std::shared_ptr<const v1::StoreRow>> stores_;  // shared with the period's figures
  std::vector<std::string> folded_names_, folded_codes_;
  // The head's JSON before the stores' and after them; the page (the last field) follows.
  std::string json_before_stores_, json_after_stores_;
  mutable std::mutex mutex_;
  mutable std::map<std::tuple<int, int, bool>, std::vector<std::uint32_t>> orders_;
};

}  // namespace storepulse::reports
