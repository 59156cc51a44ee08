#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

namespace storepulse::http {

// Counters and gauges exposed at /metrics in Prometheus text format. Thread-safe.
class metrics {
 public:
  // Counts one answered request.
  void count_request(std::string_view route, unsigned status);
  // Adds to a named counter, e.g. "storepulse_submissions_accepted_total".
  void add(std::string_view counter, std::uint64_t value = 1);
  // Sets a named gauge.
  void set_gauge(const std::string& gauge, double value);
  // Records one observation of a histogram with fixed power-of-two buckets.
  void observe(const std::string& histogram, double value);
  // Returns the Prometheus text exposition.
  std::string render() const;

 private:
  struct histogram {
    std::map<double, std::uint64_t> buckets;
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  // Looked up by string_view, so that counting allocates only for a name's first use.
  std::map<std::string, std::map<unsigned, std::uint64_t>, std::less<>> requests_;
  std::map<std::string, std::uint64_t, std::less<>> counters_;
  std::map<std::string, double> gauges_;
  std::map<std::string, histogram> histograms_;
};

}  // namespace storepulse::http
