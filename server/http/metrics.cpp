#include "server/http/metrics.h"

#include <cmath>
#include <sstream>

namespace storepulse::http {

void metrics::count_request(std::string_view route, unsigned status) {
  std::lock_guard lock(mutex_);
  auto found = requests_.find(route);
  if (found == requests_.end()) found = requests_.emplace(std::string(route), std::map<unsigned, std::uint64_t>{}).first;
  ++found->second[status];
}

void metrics::add(std::string_view counter, std::uint64_t value) {
  std::lock_guard lock(mutex_);
  auto found = counters_.find(counter);
  if (found == counters_.end()) found = counters_.emplace(std::string(counter), 0).first;
  found->second += value;
}

void metrics::set_gauge(const std::string& gauge, double value) {
  std::lock_guard lock(mutex_);
  gauges_[gauge] = value;
}

void metrics::observe(const std::string& name, double value) {
  double bound = 1;
  while (bound < value && bound < 1e9) bound *= 2;
  std::lock_guard lock(mutex_);
  auto& h = histograms_[name];
  ++h.buckets[bound];
  ++h.count;
  h.sum += value;
}

std::string metrics::render() const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);
  out << "# HELP storepulse_http_requests_total HTTP requests answered, by route and status.\n"
      << "# TYPE storepulse_http_requests_total counter\n";
  for (const auto& [route, by_status] : requests_) {
    for (const auto& [status, count] : by_status) {
      out << "storepulse_http_requests_total{route=\"" << route << "\",status=\"" << status << "\"} " << count
          << "\n";
    }
  }
  for (const auto& [name, value] : counters_) out << "# TYPE " << name << " counter\n" << name << " " << value << "\n";
  for (const auto& [name, value] : gauges_) out << "# TYPE " << name << " gauge\n" << name << " " << value << "\n";
  for (const auto& [name, h] : histograms_) {
    out << "# TYPE " << name << " histogram\n";
    std::uint64_t cumulative = 0;
    for (const auto& [bound, count] : h.buckets) {
      cumulative += count;
      out << name << "_bucket{le=\"" << bound << "\"} " << cumulative << "\n";
    }
    out << name << "_bucket{le=\"+Inf\"} " << h.count << "\n";
    out << name << "_sum " << h.sum << "\n" << name << "_count " << h.count << "\n";
  }
  return out.str();
}

}  // namespace storepulse::http
