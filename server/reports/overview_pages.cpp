#include "server/reports/overview_pages.h"

#include "server/http/json_encoding.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace storepulse::reports {
namespace {

constexpr const char* sort_help =
    "sort is name, code, region, chi, values, empowerment, recognition, leadership, collaboration, trend, "
    "participation or alerts.";

// Returns the dimension named in lower case without its prefix ("values"), or nullopt.
std::optional<v1::Dimension> dimension_named(std::string_view name) {
  std::string upper = "DIMENSION_";
  for (char c : name) upper.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
  v1::Dimension d{};
  if (name.empty() || !v1::Dimension_Parse(upper, &d) || d == v1::DIMENSION_UNSPECIFIED) return std::nullopt;
  return d;
}

std::optional<std::uint32_t> whole_number(std::string_view text, std::uint32_t min, std::uint32_t max) {
  std::uint32_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) return std::nullopt;
  return value;
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Returns the lower-case letter of a code point of Latin-1 or Latin Extended-A, or the code point.
unsigned lower_latin(unsigned cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;  // upper even, lower odd
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp + (cp & 1);  // upper odd
  if (cp == 0x178) return 0xFF;
  return cp;
}

std::optional<double> published(const v1::Estimate& e) {
  if (e.status() != v1::CELL_STATUS_PUBLISHED || !e.has_value() || !std::isfinite(e.value())) return std::nullopt;
  return e.value();
}

// Returns the figure a store is sorted by in a numeric column, only when the row publishes it.
std::optional<double> figure(const v1::StoreRow& row, const store_order& order) {
  switch (order.column) {
    case sort_column::chi: return published(row.chi());
    case sort_column::dimension:
      for (const auto& d : row.dimensions())
        if (d.dimension() == order.dimension) return published(d.score());
      return std::nullopt;
    case sort_column::trend:
      if (row.chi_trend().status() != v1::CELL_STATUS_PUBLISHED || !row.chi_trend().has_change() ||
          !std::isfinite(row.chi_trend().change()))
        return std::nullopt;
      return row.chi_trend().change();
    case sort_column::participation:
      if (row.participation().status() != v1::CELL_STATUS_PUBLISHED || !row.participation().has_rate() ||
          !std::isfinite(row.participation().rate()))
        return std::nullopt;
      return row.participation().rate();
    case sort_column::alerts: return static_cast<double>(row.alerts_size());
    default: return std::nullopt;
  }
}

}  // namespace

std::string store_order::name() const {
  switch (column) {
    case sort_column::name: return "name";
    case sort_column::code: return "code";
    case sort_column::region: return "region";
    case sort_column::chi: return "chi";
    case sort_column::trend: return "trend";
    case sort_column::participation: return "participation";
    case sort_column::alerts: return "alerts";
    case sort_column::dimension: break;
  }
  return fold_case(v1::Dimension_Name(dimension).substr(std::string_view("DIMENSION_").size()));
}

page_query_result parse_page_query(std::string_view sort, std::string_view order, std::string_view page,
                                   std::string_view page_size, std::string_view search) {
  page_query query;
  auto refuse = [](const char* error, std::string message) { return page_query_result{std::nullopt, error, std::move(message)}; };
  if (!sort.empty()) {
    static const std::pair<std::string_view, sort_column> columns[] = {
        {"name", sort_column::name},   {"code", sort_column::code},
        {"region", sort_column::region}, {"chi", sort_column::chi},
        {"trend", sort_column::trend}, {"participation", sort_column::participation},
        {"alerts", sort_column::alerts}};
    auto found = std::find_if(std::begin(columns), std::end(columns), [&](const auto& c) { return c.first == sort; });
    if (found != std::end(columns)) {
      query.order.column = found->second;
    } else if (auto d = dimension_named(sort)) {
      query.order.column = sort_column::dimension;
      query.order.dimension = *d;
    } else {
      return refuse("invalid_sort", sort_help);
    }
  }
  if (order == "desc") {
    query.order.descending = true;
  } else if (!order.empty() && order != "asc") {
    return refuse("invalid_order", "order is asc or desc.");
  }
  if (!page.empty()) {
    auto value = whole_number(page, 1, 1'000'000);
    if (!value) return refuse("invalid_page", "page is a whole number from 1 (the first page).");
    query.page = *value;
  }
  if (!page_size.empty()) {
    auto value = whole_number(page_size, 1, max_page_size);
    if (!value) return refuse("invalid_page_size", "page_size is a whole number from 1 to " + std::to_string(max_page_size) + ".");
    query.page_size = *value;
  }
  if (utf8_length(search) > max_search_length)
    return refuse("invalid_search", "search is at most " + std::to_string(max_search_length) + " characters.");
  query.search = std::string(search);
  return {std::move(query), {}, {}};
}

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c & 0xE0) == 0xC0 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      unsigned cp = lower_latin(((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu));
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

overview_rows::overview_rows(v1::OverviewReport head, std::vector<std::shared_ptr<const v1::StoreRow>> stores)
    : head_(std::move(head)), stores_(std::move(stores)) {
  head_.clear_stores();
  head_.clear_page();
  // The dashboard shows no question breakdown for the organisation or a region, and they were
  // most of a page (at 5,000 stores, 4 weeks: 0.9 of 1.07 MB); the CSV export keeps them.
  if (head_.has_organisation()) head_.mutable_organisation()->clear_questions();
  for (auto& region : *head_.mutable_regions()) region.clear_questions();
  for (const auto& row : stores_) {
    folded_names_.push_back(fold_case(row->name()));
    folded_codes_.push_back(fold_case(row->code()));
  }
  // The head's JSON has "stores":[] once, at the top level: a quote inside a string is escaped.
  std::string json;
  http::append_json(head_, json);
  constexpr std::string_view empty_stores = "\"stores\":[]";
  auto at = json.find(empty_stores);
  if (at == std::string::npos || json.back() != '}') throw std::logic_error("overview JSON without its stores");
  json_before_stores_ = json.substr(0, at + empty_stores.size() - 1);
  json_after_stores_ = json.substr(at + empty_stores.size() - 1);
  json_after_stores_.pop_back();
}

const std::vector<std::uint32_t>& overview_rows::sorted(const store_order& order) const {
  {
    std::lock_guard lock(mutex_);
    auto it = orders_.find(order.key());
    if (it != orders_.end()) return it->second;
  }
  std::vector<std::uint32_t> indices(stores_.size());
  for (std::uint32_t i = 0; i < indices.size(); ++i) indices[i] = i;
  // Ties, and every store without a published figure, go by name, code and id, in this order
  // whatever the direction.
  auto by_name = [this](std::uint32_t a, std::uint32_t b) {
    if (int c = folded_names_[a].compare(folded_names_[b])) return c < 0;
    if (int c = folded_codes_[a].compare(folded_codes_[b])) return c < 0;
    return stores_[a]->location_id() < stores_[b]->location_id();
  };
  const bool descending = order.descending;
  if (order.column == sort_column::name || order.column == sort_column::code || order.column == sort_column::region) {
    std::vector<std::string> text(stores_.size());
    for (std::size_t i = 0; i < stores_.size(); ++i)
      text[i] = order.column == sort_column::name   ? folded_names_[i]
                : order.column == sort_column::code ? folded_codes_[i]
                                                    : fold_case(stores_[i]->region());
    std::sort(indices.begin(), indices.end(), [&](std::uint32_t a, std::uint32_t b) {
      if (int c = text[a].compare(text[b])) return descending ? c > 0 : c < 0;
      return descending && order.column == sort_column::name ? by_name(b, a) : by_name(a, b);
    });
  } else {
    std::vector<std::optional<double>> values(stores_.size());
    for (std::size_t i = 0; i < stores_.size(); ++i) values[i] = figure(*stores_[i], order);
    std::sort(indices.begin(), indices.end(), [&](std::uint32_t a, std::uint32_t b) {
      const auto& x = values[a];
      const auto& y = values[b];
      if (x.has_value() != y.has_value()) return x.has_value();
      if (x && *x != *y) return descending ? *x > *y : *x < *y;
      return by_name(a, b);
    });
  }
  std::lock_guard lock(mutex_);
  // Entries are never changed or removed once made, so the reference outlives the lock.
  return orders_.try_emplace(order.key(), std::move(indices)).first->second;
}

overview_rows::selection overview_rows::select(const std::string& region, const page_query& query) const {
  const auto& order = sorted(query.order);
  const auto needle = fold_case(query.search);
  std::vector<std::uint32_t> matching;
  std::uint32_t with_alerts = 0;
  for (auto i : order) {
    const auto& row = *stores_[i];
    if (!region.empty() && row.region() != region) continue;
    // The alert count speaks of the region (or of all stores), not of a search.
    with_alerts += row.alerts_size() > 0 ? 1 : 0;
    if (!needle.empty() && folded_names_[i].find(needle) == std::string::npos &&
        folded_codes_[i].find(needle) == std::string::npos)
      continue;
    matching.push_back(i);
  }

  selection out;
  const auto first = static_cast<std::uint64_t>(query.page - 1) * query.page_size;
  const auto end = std::min<std::uint64_t>(matching.size(), first + query.page_size);
  for (auto n = first; n < end; ++n) out.stores.push_back(matching[n]);
  auto& info = out.info;
  const auto count = static_cast<std::uint32_t>(matching.size());
  info.set_page(query.page);
  info.set_page_size(query.page_size);
  info.set_pages((count + query.page_size - 1) / query.page_size);
  info.set_stores_matching(count);
  info.set_stores_in_scope(static_cast<std::uint32_t>(stores_.size()));
  info.set_stores_with_alerts(with_alerts);
  info.set_sort(query.order.name());
  info.set_descending(query.order.descending);
  info.set_region(region);
  info.set_search(query.search);
  return out;
}

v1::OverviewReport overview_rows::page(const std::string& region, const page_query& query) const {
  auto chosen = select(region, query);
  v1::OverviewReport out = head_;
  for (auto i : chosen.stores) *out.add_stores() = *stores_[i];
  *out.mutable_page() = std::move(chosen.info);
  return out;
}

std::string overview_rows::page_json(const std::string& region, const page_query& query) const {
  auto chosen = select(region, query);
  std::string out = json_before_stores_;
  for (std::size_t n = 0; n < chosen.stores.size(); ++n) {
    if (n > 0) out.push_back(',');
    http::append_json(*stores_[chosen.stores[n]], out);
  }
  out += json_after_stores_;
  out += ",\"page\":";
  http::append_json(chosen.info, out);
  out.push_back('}');
  return out;
}

}  // namespace storepulse::reports
