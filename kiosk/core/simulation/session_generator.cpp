#include "kiosk/core/simulation/session_generator.h"

#include "kiosk/core/identity/client_identity.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace storepulse::kiosk {

namespace {

int clamp_round(double value, int low, int high) {
  return std::clamp(static_cast<int>(std::lround(value)), low, high);
}

}  // namespace

session_generator::session_generator(storepulse::v1::KioskConfig config, std::uint64_t seed)
    : config_(std::move(config)), random_(seed) {}

int session_generator::answer(const storepulse::v1::Question& question, double favourability) {
  std::normal_distribution<double> noise(0.0, 1.0);
  double p = favourability;
  switch (question.type()) {
    case storepulse::v1::QUESTION_TYPE_AGREE5: {
      double mean = 1.0 + 4.0 * p;
      int value = clamp_round(mean + 0.8 * noise(random_), 1, 5);
      return question.reverse_scored() ? 6 - value : value;
    }
    case storepulse::v1::QUESTION_TYPE_YES_NO: {
      bool yes = uniform() < p;
      return (question.reverse_scored() ? !yes : yes) ? 1 : 0;
    }
    case storepulse::v1::QUESTION_TYPE_SCALE_0_10:
      return clamp_round(10.0 * p + 1.8 * noise(random_), 0, 10);
    case storepulse::v1::QUESTION_TYPE_SMALL_COUNT: {
      int top = static_cast<int>(std::min<std::uint32_t>(question.max_value(), 10));
      return clamp_round(p * top * 0.6 + 1.2 * noise(random_), 0, top);
    }
    case storepulse::v1::QUESTION_TYPE_LIMIT_BAND: {
      int bands = question.limit_bands_minor_size();
      // The band holding the store's real limit is the right answer; "don't know" is bands.
      int right = bands;
      for (int i = 0; i < bands; ++i) {
        if (question.limit_bands_minor(i) >= config_.remediation_limit_minor()) {
          right = i;
          break;
        }
      }
      if (uniform() < p) {
        return right;
      }
      return between(0, bands);
    }
    default:
      return 0;
  }
}

storepulse::v1::SurveySubmission session_generator::survey(const store_profile& profile, const std::string& local_date,
                                                           int weeks_ago) {
  storepulse::v1::SurveySubmission session;
  session.set_client_id(new_client_id());
  session.set_local_date(local_date);
  session.set_config_version(config_.config_version());
  int languages = config_.languages_size();
  // Most staff use the store's default language; some switch.
  std::string language = "en";
  if (languages > 0) {
    language = uniform() < 0.75 ? config_.languages(0) : config_.languages(between(0, languages - 1));
  }
  session.set_language(language);

  double p = profile.favourability;
  bool happy_pole = uniform() < 0.5;
  if (profile.mood == store_mood::polarised) {
    p = happy_pole ? 0.9 : 0.15;
  } else if (profile.mood == store_mood::declining) {
    // Good some weeks ago, sliding in the most recent weeks.
    p = weeks_ago >= 3 ? 0.75 : 0.75 - 0.15 * (3 - weeks_ago);
  }
  // Each person differs a little from their store's mood.
  p = std::clamp(p + std::normal_distribution<double>(0.0, 0.08)(random_), 0.02, 0.98);

  std::vector<const storepulse::v1::Question*> rotating;
  for (const auto& question : config_.questions()) {
    if (question.core()) {
      auto* a = session.add_answers();
      a->set_question_key(question.key());
      a->set_value(answer(question, p));
    } else {
      rotating.push_back(&question);
    }
  }
  std::shuffle(rotating.begin(), rotating.end(), random_);
  std::size_t extra = std::min<std::size_t>(rotating.size(), std::max<std::uint32_t>(config_.rotating_per_session(), 1));
  for (std::size_t i = 0; i < extra; ++i) {
    auto* a = session.add_answers();
    a->set_question_key(rotating[i]->key());
    a->set_value(answer(*rotating[i], p));
  }
  return session;
}

storepulse::v1::RemediationEvent session_generator::remediation(const store_profile& profile,
                                                                const std::string& local_date) {
  storepulse::v1::RemediationEvent event;
  event.set_client_id(new_client_id());
  event.set_local_date(local_date);
  event.set_config_version(config_.config_version());
  static constexpr storepulse::v1::RemediationCategory categories[] = {
      storepulse::v1::REMEDIATION_CATEGORY_REFUND, storepulse::v1::REMEDIATION_CATEGORY_REPLACEMENT,
      storepulse::v1::REMEDIATION_CATEGORY_DISCOUNT_OR_VOUCHER, storepulse::v1::REMEDIATION_CATEGORY_FREE_SERVICE,
      storepulse::v1::REMEDIATION_CATEGORY_OTHER};
  static constexpr double category_weights[] = {0.25, 0.3, 0.25, 0.12, 0.08};
  std::discrete_distribution<int> category(std::begin(category_weights), std::end(category_weights));
  event.set_category(categories[category(random_)]);
  // Empowered stores fix more within their limit; weak ones ask for approval more often, and a few
  // go over it without asking.
  double approved = profile.favourability > 0.6 ? 0.05 : 0.2;
  double unapproved = profile.favourability > 0.6 ? 0.01 : 0.04;
  double weights[] = {0.3, 0.35, 0.35 - approved - unapproved, approved, unapproved};
  std::discrete_distribution<int> band(std::begin(weights), std::end(weights));
  event.set_amount_band(static_cast<storepulse::v1::AmountBand>(band(random_) + 1));
  return event;
}

}  // namespace storepulse::kiosk
