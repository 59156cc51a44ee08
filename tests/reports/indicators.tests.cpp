#include "server/reports/report_engine.h"

#include "report_fixture.h"

#include <catch2/catch.hpp>

#include <google/protobuf/util/json_util.h>

#include <map>

using namespace storepulse;
using namespace storepulse::reports;
using reports::testing::report_db;
using reports::testing::week;

namespace {

using histogram = std::array<std::int64_t, 11>;

histogram h(std::initializer_list<std::pair<int, std::int64_t>> counts) {
  histogram out{};
  for (auto [value, count] : counts) out[static_cast<std::size_t>(value)] = count;
  return out;
}

auth::principal hr() {
  auth::principal who;
  who.user_role = auth::role::hr_admin;
  return who;
}

// One store, headcount 20, real limit 25.00, with two weeks of answers worked out by hand.
struct hand_fixture {
  report_db data;
  std::int64_t store, small_store;
  int w47 = week(202647), w46 = week(202646);

  hand_fixture() {
    auto& d = data;
    store = d.add_location("A1", "North", 20, 2500);
    small_store = d.add_location("B1", "North", 8, 2500);
    auto values = d.add_question("values_decide", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5);
    auto knows = d.add_question("empowerment_know_limit", v1::DIMENSION_EMPOWERMENT, v1::QUESTION_TYPE_AGREE5);
    auto recognition = d.add_question("recognition_noticed", v1::DIMENSION_RECOGNITION, v1::QUESTION_TYPE_AGREE5);
    auto used = d.add_question("empowerment_used_7d", v1::DIMENSION_EMPOWERMENT, v1::QUESTION_TYPE_YES_NO);
    auto limit = d.add_question("empowerment_believed_limit", v1::DIMENSION_EMPOWERMENT,
                                v1::QUESTION_TYPE_LIMIT_BAND, true, false, "1000,2500,5000");
    auto enps = d.add_question("enps", v1::DIMENSION_LEADERSHIP, v1::QUESTION_TYPE_SCALE_0_10, false);
    auto loop = d.add_question("leadership_feedback_action", v1::DIMENSION_LEADERSHIP, v1::QUESTION_TYPE_AGREE5, false);

    d.add_sessions(store, w47, 10);
    d.add_answers(store, values, w47, h({{1, 1}, {2, 1}, {3, 2}, {4, 3}, {5, 3}}));
    d.add_answers(store, knows, w47, h({{3, 2}, {4, 4}, {5, 4}}));
    d.add_answers(store, recognition, w47, h({{1, 5}, {5, 5}}));
    d.add_answers(store, used, w47, h({{0, 3}, {1, 7}}));
    d.add_answers(store, limit, w47, h({{0, 2}, {1, 5}, {2, 1}, {3, 2}}));
    d.add_answers(store, enps, w47, h({{10, 3}, {9, 1}, {8, 2}, {7, 1}, {5, 2}, {2, 1}}));
    d.add_answers(store, loop, w47, h({{5, 4}, {4, 2}, {3, 2}, {1, 2}}));
    d.add_remediations(store, w47, v1::REMEDIATION_CATEGORY_REFUND, v1::AMOUNT_BAND_UP_TO_HALF, 4);
    d.add_remediations(store, w47, v1::REMEDIATION_CATEGORY_DISCOUNT_OR_VOUCHER, v1::AMOUNT_BAND_NO_MONEY, 2);
    d.add_remediations(store, w47, v1::REMEDIATION_CATEGORY_REFUND, v1::AMOUNT_BAND_ABOVE_LIMIT_UNAPPROVED, 2);

    d.add_sessions(store, w46, 10);
    d.add_answers(store, values, w46, h({{3, 5}, {4, 5}}));
    d.add_answers(store, knows, w46, h({{3, 2}, {4, 4}, {5, 4}}));
    d.add_answers(store, recognition, w46, h({{4, 5}, {5, 5}}));
    d.add_answers(store, used, w46, h({{0, 7}, {1, 3}}));

    // Three sessions in the whole quarter: never published, not even inside the region.
    d.add_sessions(small_store, w47, 3);
    d.add_answers(small_store, values, w47, h({{1, 3}}));
    d.publish_through(w47);
  }

  report_query week_47() const {
    report_query q;
    q.period = v1::PERIOD_WEEK;
    q.at = w47;
    q.history = 2;
    return q;
  }
};

const v1::QuestionStats& question(const v1::LocationReport& report, const std::string& key) {
  for (const auto& q : report.questions())
    if (q.key() == key) return q;
  FAIL("question " << key << " missing");
  throw std::logic_error("unreachable");
}

const v1::DimensionScore& dimension(const google::protobuf::RepeatedPtrField<v1::DimensionScore>& dims, v1::Dimension d) {
  for (const auto& dim : dims)
    if (dim.dimension() == d) return dim;
  FAIL("dimension missing");
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("Question figures match a hand computation", "[reports][indicators]") {
  hand_fixture f;
  report_engine engine(5);
  auto report = engine.location(f.data.db(), hr(), f.store, f.week_47());
  REQUIRE(report);

  // Values item: 1,2,3,3,4,4,4,5,5,5. Sum 36, sum of squares 146.
  const auto& values = question(*report, "values_decide");
  CHECK(values.status() == v1::CELL_STATUS_PUBLISHED);
  CHECK(values.n() == 10);
  CHECK(values.mean() == Approx(3.6));
  CHECK(values.sd() == Approx(std::sqrt((146 - 36.0 * 36 / 10) / 9)));  // 1.3499
  CHECK(values.favourable().value() == Approx(0.6));
  CHECK(values.unfavourable().value() == Approx(0.2));
  // Wilson 95% for 6 of 10.
  CHECK(values.favourable().ci_low() == Approx(0.3127).margin(5e-4));
  CHECK(values.favourable().ci_high() == Approx(0.8318).margin(5e-4));
  CHECK(values.score().value() == Approx(65.0));  // (3.6 - 1) x 25
  CHECK(values.polarisation() == Approx(0.4));    // 2 x min(0.6, 0.2)
  REQUIRE(values.histogram_size() == 11);
  CHECK(values.histogram(4) == 3);

  // Welch: 3.6 (sd 1.3499) against 3.5 (sd 0.5270), n 10 each: t = 0.1 / sqrt(0.18222 + 0.02778) = 0.218.
  CHECK(values.trend().test() == "welch_t");
  CHECK(values.trend().change() == Approx(0.1));
  CHECK(values.trend().p_value() == Approx(0.83).margin(0.01));
  CHECK(values.trend().direction() == v1::TREND_DIRECTION_NOT_SIGNIFICANT);

  // Yes share 0.7 against 0.3: pooled 0.5, se 0.2236, z 1.789, p 0.0736.
  const auto& used = question(*report, "empowerment_used_7d");
  CHECK(used.favourable().value() == Approx(0.7));
  CHECK(used.trend().test() == "two_proportion_z");
  CHECK(used.trend().p_value() == Approx(0.0736).margin(5e-4));

  // eNPS: promoters 4 (9-10), detractors 3 (0-6) of 10.
  const auto& enps = question(*report, "enps");
  CHECK(enps.enps().value() == Approx(10.0));
  CHECK(report->enps().value() == Approx(10.0));
}

TEST_CASE("Dimension scores, CHI and its trend match a hand computation", "[reports][indicators]") {
  hand_fixture f;
  report_engine engine(5);
  auto report = engine.location(f.data.db(), hr(), f.store, f.week_47());
  REQUIRE(report);

  CHECK(dimension(report->dimensions(), v1::DIMENSION_VALUES).score().value() == Approx(65.0));
  CHECK(dimension(report->dimensions(), v1::DIMENSION_EMPOWERMENT).score().value() == Approx(80.0));  // mean 4.2
  const auto& recognition = dimension(report->dimensions(), v1::DIMENSION_RECOGNITION);
  CHECK(recognition.score().value() == Approx(50.0));
  // Half strongly disagree, half strongly agree.
  CHECK(recognition.polarisation() == Approx(1.0));
  CHECK(recognition.polarised());
  CHECK(recognition.agreement() == Approx(0.0));
  // 50 (se 2.108 x 25 / sqrt 10 = 16.667) against 87.5 (se 4.167): z = -37.5 / 17.18 = -2.18, p = 0.029.
  CHECK(recognition.trend().test() == "z_conservative");
  CHECK(recognition.trend().p_value() == Approx(0.029).margin(0.001));
  CHECK(recognition.trend().direction() == v1::TREND_DIRECTION_DOWN);

  // CHI = (65 + 80 + 50) / 3; se = (10.672 + 6.236 + 16.667) / 3 = 11.19.
  CHECK(report->chi().value() == Approx(65.0));
  CHECK(report->chi().ci_low() == Approx(65 - 1.96 * 11.19).margin(0.05));
  // Previous CHI = (62.5 + 80 + 87.5) / 3 = 76.667; se 4.856; z = -11.667 / 12.198, p = 0.339.
  CHECK(report->chi_trend().previous() == Approx(76.667).margin(0.001));
  CHECK(report->chi_trend().change() == Approx(-11.667).margin(0.001));
  CHECK(report->chi_trend().p_value() == Approx(0.339).margin(0.005));

  bool drop = false, polarised = false;
  for (const auto& alert : report->alerts()) {
    drop |= alert.kind() == v1::ALERT_KIND_SIGNIFICANT_DROP && alert.dimension() == v1::DIMENSION_RECOGNITION;
    polarised |= alert.kind() == v1::ALERT_KIND_POLARISED && alert.dimension() == v1::DIMENSION_RECOGNITION;
  }
  CHECK(drop);
  CHECK(polarised);
}

TEST_CASE("Empowerment adoption and participation match a hand computation", "[reports][indicators]") {
  hand_fixture f;
  report_engine engine(5);
  auto report = engine.location(f.data.db(), hr(), f.store, f.week_47());
  REQUIRE(report);

  CHECK(report->participation().sessions() == 10);
  CHECK(report->participation().rate() == Approx(0.5));  // 10 / 20 staff
  CHECK(report->participation().staff_weeks() == Approx(20));
  CHECK_FALSE(report->participation().low());

  const auto& e = report->empowerment();
  CHECK(e.knows_limit().value() == Approx(0.8));
  CHECK(e.used_last_7_days().value() == Approx(0.7));
  CHECK(e.feels_trusted().status() == v1::CELL_STATUS_NO_DATA);  // not in this bank
  // Bands up to 10.00, 25.00, 50.00; the real limit 25.00 is band 1; band 3 is "don't know".
  CHECK(e.limit_gap().n() == 10);
  CHECK(e.limit_gap().believe_lower() == Approx(0.2));
  CHECK(e.limit_gap().believe_correct() == Approx(0.5));
  CHECK(e.limit_gap().believe_higher() == Approx(0.1));
  CHECK(e.limit_gap().dont_know() == Approx(0.2));
  // 8 events, 20 staff, 1 week: 4 per 10 staff per week.
  CHECK(e.remediation().events() == 8);
  CHECK(e.remediation().per_10_staff_per_week() == Approx(4.0));
  REQUIRE(e.remediation().by_category_size() == 5);
  CHECK(e.remediation().by_category(0).events() == 6);
  CHECK(e.remediation().by_category(2).share() == Approx(2.0 / 8));
  // Every band, over the limit without approval included.
  REQUIRE(e.remediation().by_band_size() == 5);
  CHECK(e.remediation().by_band(0).amount_band() == v1::AMOUNT_BAND_NO_MONEY);
  CHECK(e.remediation().by_band(0).events() == 2);
  CHECK(e.remediation().by_band(1).events() == 4);
  CHECK(e.remediation().by_band(3).events() == 0);
  CHECK(e.remediation().by_band(4).amount_band() == v1::AMOUNT_BAND_ABOVE_LIMIT_UNAPPROVED);
  CHECK(e.remediation().by_band(4).events() == 2);
  CHECK(e.remediation().by_band(4).share() == Approx(2.0 / 8));

  // "Things change here because of what we say": 6 of 10 agree.
  CHECK(report->feedback_leads_to_action().status() == v1::CELL_STATUS_PUBLISHED);
  CHECK(report->feedback_leads_to_action().value() == Approx(0.6));

  REQUIRE(report->history_size() == 2);
  CHECK(report->history(0).period().label() == "2026-W46");
  CHECK(report->history(1).chi().value() == Approx(65.0));
}

TEST_CASE("A store below k is suppressed plainly and left out of its region", "[reports][indicators][anonymity]") {
  hand_fixture f;
  report_engine engine(5);
  auto small = engine.location(f.data.db(), hr(), f.small_store, f.week_47());
  REQUIRE(small);
  CHECK(small->participation().status() == v1::CELL_STATUS_SUPPRESSED);
  CHECK_FALSE(small->participation().has_sessions());
  CHECK_FALSE(small->participation().has_rate());
  CHECK(small->chi().status() == v1::CELL_STATUS_SUPPRESSED);
  CHECK(small->feedback_leads_to_action().status() != v1::CELL_STATUS_PUBLISHED);
  const auto& values = question(*small, "values_decide");
  CHECK(values.status() == v1::CELL_STATUS_SUPPRESSED);
  CHECK_FALSE(values.has_n());
  CHECK(values.histogram_size() == 0);

  std::string json;
  google::protobuf::util::MessageToJsonString(small->participation(), &json);
  CHECK(json.find("CELL_STATUS_SUPPRESSED") != std::string::npos);
  CHECK(json.find("sessions") == std::string::npos);

  auto overview = engine.overview(f.data.db(), hr(), f.week_47());
  REQUIRE(overview.regions_size() == 1);
  // The region holds only the large store's 10 sessions: region minus visible stores is 0.
  CHECK(overview.regions(0).participation().sessions() == 10);
  CHECK(overview.organisation().participation().sessions() == 10);
  CHECK(overview.stores_size() == 2);
}

TEST_CASE("k is never below 3", "[reports][anonymity]") {
  report_engine engine(1);
  CHECK(engine.k() == 3);
}

TEST_CASE("A commit alone moves no figure, and cached figures follow a publication at once", "[reports][cache]") {
  hand_fixture f;
  report_engine engine(5);
  auto before = engine.overview(f.data.db(), hr(), f.week_47());
  REQUIRE(before.organisation().participation().sessions() == 10);
  auto encoded = engine.overview_page_encoded(f.data.db(), hr(), f.week_47(), false).plain;
  CHECK(encoded == engine.overview_page_encoded(f.data.db(), hr(), f.week_47(), false).plain);

  // Six late sessions for the closed week 47: not shown until published.
  f.data.db().exec("UPDATE rollup_sessions SET sessions = 16 WHERE iso_week = 202647 AND location_id = " +
                   std::to_string(f.store));
  CHECK(engine.overview(f.data.db(), hr(), f.week_47()).organisation().participation().sessions() == 10);
  CHECK(engine.overview_page_encoded(f.data.db(), hr(), f.week_47(), false).plain == encoded);
  f.data.publish_through(f.w47);
  auto after = engine.overview(f.data.db(), hr(), f.week_47());
  CHECK(after.organisation().participation().sessions() == 16);
  auto fresh = engine.overview_page_encoded(f.data.db(), hr(), f.week_47(), false).plain;
  CHECK(fresh != encoded);
  CHECK(fresh->find("\"sessions\":16") != std::string::npos);
}

TEST_CASE("With a staleness allowance cached figures outlive a commit for that long", "[reports][cache]") {
  hand_fixture f;
  report_engine engine(5, 3, std::chrono::seconds(60));
  REQUIRE(engine.overview(f.data.db(), hr(), f.week_47()).organisation().participation().sessions() == 10);
  f.data.db().exec("UPDATE rollup_sessions SET sessions = 16 WHERE iso_week = 202647 AND location_id = " +
                   std::to_string(f.store));
  f.data.publish_through(f.w47);
  CHECK(engine.overview(f.data.db(), hr(), f.week_47()).organisation().participation().sessions() == 10);
  report_engine fresh(5);
  CHECK(fresh.overview(f.data.db(), hr(), f.week_47()).organisation().participation().sessions() == 16);
}

TEST_CASE("Participation divides by the weeks published so far, never by weeks still to come", "[reports][indicators]") {
  report_db d;
  auto busy = d.add_location("A1", "North", 10);
  auto quiet = d.add_location("B1", "North", 40);
  auto small = d.add_location("C1", "North", 30);
  auto values = d.add_question("values_decide", v1::DIMENSION_VALUES, v1::QUESTION_TYPE_AGREE5);
  for (int w = week(202640); w <= week(202642); ++w) {
    d.add_sessions(busy, w, 6);
    d.add_answers(busy, values, w, h({{4, 6}}));
    d.add_sessions(quiet, w, 5);
    d.add_answers(quiet, values, w, h({{2, 5}}));
    d.add_sessions(small, w, 1);
    d.add_answers(small, values, w, h({{1, 1}}));
  }
  d.publish_through(week(202641));  // the quarter's third week is still running
  report_engine engine(5);
  report_query quarter;
  quarter.period = v1::PERIOD_QUARTER;
  auto overview = engine.overview(d.db(), hr(), quarter);
  CHECK(overview.period().label() == "2026-Q4");
  CHECK(overview.period().open_weeks() == 12);
  CHECK(overview.period().published_through() == "2026-W41");
  CHECK(overview.period().first_date() == "2026-09-28");
  CHECK(overview.period().last_date() == "2027-01-03");
  std::map<std::string, v1::StoreRow> rows;
  for (const auto& row : overview.stores()) rows[row.code()] = row;

  const auto& a = rows.at("A1").participation();
  CHECK(a.sessions() == 12);
  CHECK(a.weeks() == 2);
  CHECK(a.rate() == Approx(12.0 / (10 * 2)));
  CHECK_FALSE(a.low());

  // 10 sessions of 40 staff over 2 weeks: low, and the alert says over how many weeks.
  const auto& b = rows.at("B1").participation();
  CHECK(b.rate() == Approx(10.0 / (40 * 2)));
  CHECK(b.low());
  auto alerts = engine.alerts(d.db(), hr(), quarter);
  int low_alerts = 0;
  for (const auto& alert : alerts.alerts()) {
    if (alert.kind() != v1::ALERT_KIND_LOW_PARTICIPATION) continue;
    ++low_alerts;
    CHECK(alert.location_code() == "B1");
    CHECK(alert.message().find("over 2 weeks") != std::string::npos);
  }
  CHECK(low_alerts == 1);

  // Two sessions held below k: nothing is claimed about C1, neither a rate nor a low-participation
  // alert, and no agreement or polarisation for its suppressed scores.
  const auto& c = rows.at("C1");
  CHECK(c.participation().status() == v1::CELL_STATUS_SUPPRESSED);
  CHECK_FALSE(c.participation().has_rate());
  CHECK_FALSE(c.participation().low());
  for (const auto& dim : c.dimensions()) {
    CHECK(dim.score().status() == v1::CELL_STATUS_SUPPRESSED);
    CHECK_FALSE(dim.has_agreement());
    CHECK_FALSE(dim.has_polarisation());
    CHECK_FALSE(dim.polarised());
  }

  // The default period is the last week published, whole.
  auto latest = engine.overview(d.db(), hr(), report_query{});
  CHECK(latest.period().label() == "2026-W41");
  CHECK(latest.period().open_weeks() == 0);
}
