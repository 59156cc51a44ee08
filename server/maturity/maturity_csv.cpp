#include "server/maturity/maturity_csv.h"

#include "server/maturity/questionnaire.h"
#include "server/reports/csv_format.h"

namespace storepulse::maturity {
namespace {

using reports::csv_field;
using reports::csv_number;

constexpr std::string_view header = "round_id,scope,figure,competency,item,assessor,score,stage,spread,evidence\n";

// Returns the label of a competency in the questionnaire's first language.
std::string competency_label(v1::MaturityCompetency competency) {
  for (const auto& c : questionnaire().competencies())
    if (c.competency() == competency && c.labels_size() > 0) return c.labels(0).text();
  return "";
}

std::string stage_label(v1::MaturityStage stage) {
  for (const auto& s : questionnaire().stages())
    if (s.stage() == stage && s.labels_size() > 0) return s.labels(0).text();
  return "";
}

}  // namespace

std::string results_csv(const v1::MaturityResults& results) {
  const auto& round = results.round();
  const std::string scope = round.scope() == v1::SCOPE_KIND_LOCATION ? "store " + round.location_code()
                            : round.scope() == v1::SCOPE_KIND_REGION ? "region " + round.region()
                                                                     : "organisation";
  const std::string lead = std::to_string(round.id()) + "," + csv_field(scope) + ",";
  std::string out(header);
  for (const auto& c : results.competencies()) {
    const auto label = csv_field(competency_label(c.competency()));
    for (const auto& a : c.assessors())
      out += lead + "assessor_score," + label + ",," + csv_field(a.username()) + "," +
             (a.has_score() ? csv_number(a.score()) : "") + ",,,\n";
    out += lead + "consensus_score," + label + ",,," + (c.has_consensus() ? csv_number(c.consensus()) : "") + ",,,\n";
  }
  for (const auto& item : results.items()) {
    const auto label = csv_field(competency_label(item.competency()));
    for (const auto& a : item.by_assessor())
      out += lead + "assessor_stage," + label + "," + csv_field(item.item_key()) + "," + csv_field(a.username()) +
             ",," + csv_field(stage_label(a.stage())) + ",," + csv_field(a.evidence()) + "\n";
    out += lead + "item_spread," + label + "," + csv_field(item.item_key()) + ",,,," + std::to_string(item.spread()) +
           ",\n";
  }
  out += lead + "overall,,,," + (results.has_overall_score() ? csv_number(results.overall_score()) : "") + "," +
         csv_field(stage_label(results.overall_stage())) + ",,\n";
  if (round.status() == v1::MATURITY_ROUND_STATUS_CLOSED)
    out += lead + "agreed,,,,," + csv_field(stage_label(round.agreed_stage())) + ",," +
           csv_field(round.closing_note()) + "\n";
  return out;
}

}  // namespace storepulse::maturity
