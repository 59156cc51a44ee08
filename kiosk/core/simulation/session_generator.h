#pragma once

#include "storepulse/v1/kiosk.pb.h"

#include <cstdint>
#include <random>
#include <string>

namespace storepulse::kiosk {

// How a simulated store's staff tend to answer.
enum class store_mood { typical, strong, weak, polarised, declining };

struct store_profile {
  store_mood mood = store_mood::typical;
  double favourability = 0.6;  // 0 (everyone unhappy) .. 1 (everyone happy)
};

// Makes realistic kiosk sessions and remediation events that are valid for one KioskConfig:
// the core questions plus rotating ones, values in each type's range. For the simulator and
// the load generator.
class session_generator {
 public:
  session_generator(storepulse::v1::KioskConfig config, std::uint64_t seed);

  // Returns a session dated local_date; weeks_ago lets a declining store slide over time.
  storepulse::v1::SurveySubmission survey(const store_profile& profile, const std::string& local_date, int weeks_ago);
  // Returns a remediation event dated local_date.
  storepulse::v1::RemediationEvent remediation(const store_profile& profile, const std::string& local_date);
  // Returns a random number in [0, 1).
  double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(random_); }
  // Returns a random whole number in [low, high].
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  // Returns the config the sessions are made for.
  const storepulse::v1::KioskConfig& config() const { return config_; }

 private:
  int answer(const storepulse::v1::Question& question, double favourability);

  storepulse::v1::KioskConfig config_;
  std::mt19937_64 random_;
};

}  // namespace storepulse::kiosk
