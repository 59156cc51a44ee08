#include "server/maturity/lip_service_gap.h"

#include "calendar/calendar.h"
#include "server/reports/indicators.h"
#include "server/reports/report_engine.h"

#include <algorithm>
#include <vector>

namespace storepulse::maturity {
namespace {

constexpr const char* wider_than_yours = "this scope covers stores beyond yours";

// The pulse dimension that matches a competency, if any.
std::optional<v1::Dimension> matching_dimension(v1::MaturityCompetency competency) {
  switch (competency) {
    case v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT: return v1::DIMENSION_LEADERSHIP;
    case v1::MATURITY_COMPETENCY_VALUES_AND_BRAND: return v1::DIMENSION_VALUES;
    case v1::MATURITY_COMPETENCY_EMPOWERMENT_AND_ENGAGEMENT: return v1::DIMENSION_EMPOWERMENT;
    default: return std::nullopt;
  }
}

std::string dimension_source(v1::Dimension dimension) {
  switch (dimension) {
    case v1::DIMENSION_LEADERSHIP: return "leadership dimension";
    case v1::DIMENSION_VALUES: return "values dimension";
    case v1::DIMENSION_EMPOWERMENT: return "empowerment dimension";
    default: return "dimension";
  }
}

// Returns a published score as a staff figure, or says why it is held back.
staff_figure from_score(const reports::score_value& score, std::string source) {
  staff_figure out{score.status, 0, std::move(source), ""};
  if (score.status == v1::CELL_STATUS_PUBLISHED)
    out.value = score.value;
  else if (score.status == v1::CELL_STATUS_SUPPRESSED)
    out.held_back = "too few answers to publish";
  else
    out.held_back = "no published answers in these weeks";
  return out;
}

// The stores (dense catalog indexes) a round's scope covers.
std::vector<std::size_t> scope_members(const reports::report_catalog& catalog, const v1::MaturityRound& round) {
  std::vector<std::size_t> members;
  for (std::size_t s = 0; s < catalog.locations.size(); ++s) {
    const auto& location = catalog.locations[s];
    if ((round.scope() == v1::SCOPE_KIND_LOCATION && location.id == round.location_id()) ||
        (round.scope() == v1::SCOPE_KIND_REGION && location.region == round.region()) ||
        round.scope() == v1::SCOPE_KIND_ORGANISATION)
      members.push_back(s);
  }
  return members;
}

// Returns the consistency across the scope's stores from the spread of their published CHIs.
staff_figure consistency_figure(const reports::period_data& data, const std::vector<std::size_t>& members,
                                const v1::MaturityRound& round) {
  staff_figure out{v1::CELL_STATUS_NO_DATA, 0, "spread of store CHIs", ""};
  if (round.scope() == v1::SCOPE_KIND_LOCATION) {
    out.source.clear();
    out.held_back = "no matching pulse figure for one store";
    return out;
  }
  std::vector<double> chis;
  for (auto s : members)
    if (data.chi[s].status == v1::CELL_STATUS_PUBLISHED) chis.push_back(data.chi[s].value);
  v1::Consistency spread;
  reports::fill_consistency(std::move(chis), spread);
  out.status = spread.status();
  if (spread.status() == v1::CELL_STATUS_PUBLISHED)
    out.value = consistency_score(spread.iqr());
  else
    out.held_back = "fewer than two stores publish an index";
  return out;
}

}  // namespace

double consistency_score(double iqr) { return std::clamp(100.0 - consistency_iqr_factor * iqr, 0.0, 100.0); }

std::optional<reports::week_range> gap_window(const v1::MaturityRound& round, std::optional<int> closed_through) {
  std::optional<int> last;
  if (round.status() == v1::MATURITY_ROUND_STATUS_CLOSED) {
    if (auto day = calendar::parse_date(round.closed_on())) last = reports::week_index(calendar::iso_week(*day));
  } else {
    last = closed_through;
  }
  if (!last) return std::nullopt;
  return reports::week_range{*last - gap_weeks + 1, *last};
}

std::map<v1::MaturityCompetency, staff_figure> staff_figures(const reports::period_data& data,
                                                             const v1::MaturityRound& round,
                                                             const auth::principal& who) {
  const auto& catalog = data.catalog;
  const auto members = scope_members(catalog, round);
  // A manager gets figures only for a store of theirs: a region or the organisation is wider.
  const bool allowed = who.user_role == auth::role::hr_admin ||
                       (who.user_role == auth::role::manager && round.scope() == v1::SCOPE_KIND_LOCATION &&
                        who.may_see_location(round.location_id()));
  const reports::store_aggregate* sums = nullptr;
  reports::store_aggregate empty;
  if (round.scope() == v1::SCOPE_KIND_ORGANISATION) {
    sums = &data.organisation;
  } else if (round.scope() == v1::SCOPE_KIND_REGION) {
    auto found = data.regions.find(round.region());
    sums = found == data.regions.end() ? &empty : &found->second;
  } else {
    sums = members.empty() ? &empty : &data.current[members.front()];
  }
  if (sums == &empty) {
    empty.questions.resize(catalog.questions.size());
    empty.raw_question_n.resize(catalog.questions.size());
  }

  std::map<v1::MaturityCompetency, staff_figure> out;
  for (int c = v1::MATURITY_COMPETENCY_LEADERSHIP_COMMITMENT; c <= v1::MATURITY_COMPETENCY_CONSISTENCY; ++c) {
    const auto competency = static_cast<v1::MaturityCompetency>(c);
    staff_figure figure;
    if (auto dimension = matching_dimension(competency)) {
      figure = from_score(reports::dimension_score(catalog, *sums, *dimension), dimension_source(*dimension));
    } else if (competency == v1::MATURITY_COMPETENCY_CONSISTENCY) {
      figure = consistency_figure(data, members, round);
    } else {
      figure.held_back = "no matching pulse figure";
    }
    if (!allowed && !figure.source.empty()) figure = {v1::CELL_STATUS_SUPPRESSED, 0, figure.source, wider_than_yours};
    out[competency] = std::move(figure);
  }
  return out;
}

void fill_gap(const v1::MaturityResults& results, const std::map<v1::MaturityCompetency, staff_figure>& staff,
              const reports::week_range& weeks, v1::MaturityLipServiceGap& out) {
  out.set_first_week(reports::week_text(weeks.first));
  out.set_last_week(reports::week_text(weeks.last));
  out.set_weeks(static_cast<std::uint32_t>(weeks.size()));
  out.set_far_above_threshold(far_above_points);
  for (const auto& result : results.competencies()) {
    auto& row = *out.add_rows();
    row.set_competency(result.competency());
    if (result.has_consensus()) row.set_leaders(result.consensus());
    auto found = staff.find(result.competency());
    if (found == staff.end()) {
      row.set_staff_status(v1::CELL_STATUS_NO_DATA);
      row.set_held_back("no matching pulse figure");
      continue;
    }
    const auto& figure = found->second;
    row.set_staff_figure(figure.source);
    row.set_staff_status(figure.status);
    if (figure.status != v1::CELL_STATUS_PUBLISHED) {
      row.set_held_back(figure.held_back);
      continue;
    }
    row.set_staff(figure.value);
    if (!row.has_leaders()) continue;
    row.set_gap(row.leaders() - row.staff());
    row.set_leaders_far_above(row.gap() > far_above_points);
  }
}

void add_lip_service_gap(storage::database& db, const auth::principal& who, v1::MaturityResults& results) {
  storage::read_snapshot snapshot(db);
  auto weeks = gap_window(results.round(), reports::last_published_week(db));
  if (!weeks) return;
  reports::period_window window;
  window.at = weeks->last;
  window.current = *weeks;
  window.previous = {weeks->first - gap_weeks, weeks->first - 1};
  auto data = reports::make_period_data(db, window, reports::data_version(db));
  fill_gap(results, staff_figures(*data, results.round(), who), *weeks, *results.mutable_lip_service_gap());
}

}  // namespace storepulse::maturity
