#include "server/maturity/maturity_scoring.h"

#include "calendar/calendar.h"

#include <algorithm>
#include <cmath>

namespace storepulse::maturity {

double stage_score(double mean_stage) { return (mean_stage - 1.0) * 20.0; }

int stage_of_score(double score) {
  // The small margin keeps an exact half (e.g. 50.0 from floating sums) going up.
  const int stage = 1 + static_cast<int>(std::floor(score / 20.0 + 0.5 + 1e-9));
  return std::clamp(stage, 1, 6);
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const auto n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

round_scores score_round(const std::vector<scored_item>& items, const std::vector<int>& competencies,
                         const std::vector<assessor_answers>& assessors) {
  round_scores out;
  for (int competency : competencies) {
    competency_scores scores;
    scores.competency = competency;
    std::vector<double> present;
    for (const auto& assessor : assessors) {
      int sum = 0, count = 0;
      for (const auto& item : items) {
        if (item.competency != competency) continue;
        auto answer = assessor.stages.find(item.key);
        if (answer == assessor.stages.end()) continue;
        sum += answer->second;
        ++count;
      }
      std::optional<double> score;
      if (count > 0) score = stage_score(static_cast<double>(sum) / count);
      if (score) present.push_back(*score);
      scores.by_assessor.push_back(score);
    }
    scores.consensus = median(std::move(present));
    out.competencies.push_back(std::move(scores));
  }

  for (const auto& item : items) {
    item_spread spread;
    spread.key = item.key;
    spread.competency = item.competency;
    for (const auto& assessor : assessors) {
      auto answer = assessor.stages.find(item.key);
      if (answer == assessor.stages.end()) continue;
      spread.lowest = spread.answers == 0 ? answer->second : std::min(spread.lowest, answer->second);
      spread.highest = spread.answers == 0 ? answer->second : std::max(spread.highest, answer->second);
      ++spread.answers;
    }
    out.items.push_back(std::move(spread));
  }
  std::vector<const item_spread*> wide;
  for (const auto& item : out.items)
    if (item.spread() >= min_spread_to_discuss) wide.push_back(&item);
  std::stable_sort(wide.begin(), wide.end(),
                   [](const item_spread* a, const item_spread* b) { return a->spread() > b->spread(); });
  for (std::size_t i = 0; i < wide.size() && i < static_cast<std::size_t>(max_widest); ++i)
    out.widest_spread.push_back(wide[i]->key);

  if (!out.competencies.empty() && std::all_of(out.competencies.begin(), out.competencies.end(),
                                               [](const auto& c) { return c.consensus.has_value(); })) {
    double sum = 0;
    for (const auto& c : out.competencies) sum += *c.consensus;
    out.overall_score = sum / static_cast<double>(out.competencies.size());
    out.overall_stage = stage_of_score(*out.overall_score);
  }
  return out;
}

int next_round_due(int closed_day) {
  const auto text = calendar::format_date(closed_day);  // YYYY-MM-DD
  const int year = std::stoi(text.substr(0, 4));
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  const int due_year = year + (month + 5) / 12;
  const unsigned due_month = static_cast<unsigned>((month + 5) % 12 + 1);
  const int first = calendar::day_of(due_year, due_month, 1);
  const int next_first =
      due_month == 12 ? calendar::day_of(due_year + 1, 1, 1) : calendar::day_of(due_year, due_month + 1, 1);
  const int month_length = next_first - first;
  return first + std::min(day, month_length) - 1;
}

}  // namespace storepulse::maturity
