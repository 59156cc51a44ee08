#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

// Scoring of a maturity round: plain data in, plain data out, no database.
namespace storepulse::maturity {

// An item of the questionnaire as scoring sees it.
struct scored_item {
  std::string key;
  int competency = 0;
};

// One assessor's answers: item key to stage 1-6.
struct assessor_answers {
  std::string assessor;
  std::map<std::string, int> stages;
};

struct competency_scores {
  int competency = 0;
  std::vector<std::optional<double>> by_assessor;  // 0-100, in the assessors' order
  std::optional<double> consensus;                 // the median of the assessors who have a score
};

struct item_spread {
  std::string key;
  int competency = 0;
  int answers = 0;
  int lowest = 0;  // stage; 0 when nobody answered
  int highest = 0;
  int spread() const { return highest - lowest; }
};

struct round_scores {
  std::vector<competency_scores> competencies;  // in the order asked for
  std::vector<item_spread> items;               // in questionnaire order
  std::vector<std::string> widest_spread;       // up to max_widest item keys, widest first
  std::optional<double> overall_score;          // mean of the consensus scores, when all have one
  int overall_stage = 0;                        // 1-6 from overall_score; 0 without one
};

// Items with the widest spread listed for discussion; a spread of one stage is ordinary.
inline constexpr int max_widest = 3;
inline constexpr int min_spread_to_discuss = 2;

// Returns a mean stage (1-6) on the 0-100 scale: Ignore 0, Embed 100.
double stage_score(double mean_stage);

// Returns the stage (1-6) nearest a 0-100 score; halves go up.
int stage_of_score(double score);

// Returns the median of values (the mean of the middle two for an even count); nullopt when empty.
std::optional<double> median(std::vector<double> values);

// Returns the scores of a round: per assessor and competency, the mean stage of the items of the
// competency they answered, on 0-100; the consensus per competency; each item's spread; the
// items to discuss (spread of at least min_spread_to_discuss stages, widest first, then in
// questionnaire order); and the overall score and stage. Answers to unknown items are ignored.
round_scores score_round(const std::vector<scored_item>& items, const std::vector<int>& competencies,
                         const std::vector<assessor_answers>& assessors);

// Returns the day a scope's next round is due, six calendar months after the day (days since
// 1970-01-01) its last round closed; a day missing in that month becomes the month's last.
int next_round_due(int closed_day);

}  // namespace storepulse::maturity
