#include "server/reports/csv_export.h"

#include "server/reports/csv_format.h"
#include "server/reports/indicators.h"

#include <google/protobuf/descriptor.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace storepulse::reports {
namespace {

// One figure per row, so that HR can pivot it; suppressed figures say so and carry no numbers.
constexpr std::string_view header =
    "scope_kind,scope,location_code,region,period,first_week,last_week,metric,dimension,question_key,status,n,value,"
    "ci_low,ci_high\n";

struct csv_scope {
  std::string kind, name, code, region;
};

const char* status_text(v1::CellStatus status) {
  switch (status) {
    case v1::CELL_STATUS_PUBLISHED: return "published";
    case v1::CELL_STATUS_SUPPRESSED: return "suppressed";
    default: return "no_data";
  }
}

std::string dimension_name(v1::Dimension d) {
  if (d == v1::DIMENSION_UNSPECIFIED) return {};
  std::string name = v1::Dimension_Name(d);
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name.substr(std::string_view("dimension_").size());
}

class csv_writer {
 public:
  explicit csv_writer(const v1::PeriodInfo& period) : period_(period) {}

  void header_row() { out_ += header; }

  void row(const csv_scope& scope, std::string_view metric, v1::Dimension dimension, std::string_view key,
           v1::CellStatus status, std::optional<std::uint32_t> n, std::optional<double> value,
           std::optional<double> low = std::nullopt, std::optional<double> high = std::nullopt) {
    bool published = status == v1::CELL_STATUS_PUBLISHED;
    out_ += csv_field(scope.kind) + ',' + csv_field(scope.name) + ',' + csv_field(scope.code) + ',' + csv_field(scope.region) + ',' +
            csv_field(period_.label()) + ',' + period_.first_week() + ',' + period_.last_week() + ',' +
            std::string(metric) + ',' + dimension_name(dimension) + ',' + csv_field(key) + ',' + status_text(status) + ',';
    if (published && n) out_ += std::to_string(*n);
    out_ += ',';
    if (published && value) out_ += csv_number(*value);
    out_ += ',';
    if (published && low) out_ += csv_number(*low);
    out_ += ',';
    if (published && high) out_ += csv_number(*high);
    out_ += '\n';
  }

  void estimate(const csv_scope& scope, std::string_view metric, v1::Dimension dimension, std::string_view key,
                const v1::Estimate& e, std::optional<std::uint32_t> n = std::nullopt) {
    row(scope, metric, dimension, key, e.status(), n, e.has_value() ? std::optional(e.value()) : std::nullopt,
        e.has_ci_low() ? std::optional(e.ci_low()) : std::nullopt,
        e.has_ci_high() ? std::optional(e.ci_high()) : std::nullopt);
  }

  void participation(const csv_scope& scope, const v1::Participation& p) {
    row(scope, "sessions", v1::DIMENSION_UNSPECIFIED, {}, p.status(), std::nullopt,
        p.has_sessions() ? std::optional<double>(p.sessions()) : std::nullopt);
    // A published count without a headcount has no rate; a suppressed one stays suppressed.
    auto rate_status = p.has_rate() || p.status() != v1::CELL_STATUS_PUBLISHED ? p.status() : v1::CELL_STATUS_NO_DATA;
    row(scope, "participation", v1::DIMENSION_UNSPECIFIED, {}, rate_status, std::nullopt,
        p.has_rate() ? std::optional(p.rate()) : std::nullopt);
  }

  void dimensions(const csv_scope& scope, const google::protobuf::RepeatedPtrField<v1::DimensionScore>& dims) {
    for (const auto& d : dims) {
      estimate(scope, "dimension_score", d.dimension(), {}, d.score());
      if (d.has_polarisation())
        row(scope, "polarisation", d.dimension(), {}, v1::CELL_STATUS_PUBLISHED, std::nullopt, d.polarisation());
    }
  }

  void question(const csv_scope& scope, const v1::QuestionStats& q) {
    std::optional<std::uint32_t> n = q.has_n() ? std::optional(q.n()) : std::nullopt;
    row(scope, "question_mean", q.dimension(), q.key(), q.status(), n,
        q.has_mean() ? std::optional(q.mean()) : std::nullopt);
    if (q.has_sd()) row(scope, "question_sd", q.dimension(), q.key(), q.status(), n, q.sd());
    if (q.favourable().status() != v1::CELL_STATUS_NO_DATA) {
      estimate(scope, "favourable_share", q.dimension(), q.key(), q.favourable(), n);
      estimate(scope, "unfavourable_share", q.dimension(), q.key(), q.unfavourable(), n);
    }
    if (q.score().status() != v1::CELL_STATUS_NO_DATA) estimate(scope, "question_score", q.dimension(), q.key(), q.score(), n);
    if (q.enps().status() != v1::CELL_STATUS_NO_DATA) estimate(scope, "enps", q.dimension(), q.key(), q.enps(), n);
  }

  std::string take() { return std::move(out_); }

 private:
  const v1::PeriodInfo& period_;
  std::string out_;
};

void write_summary(csv_writer& csv, const v1::ScopeSummary& scope_summary, const std::string& kind) {
  csv_scope scope{kind, scope_summary.name(), {}, kind == "region" ? scope_summary.name() : std::string()};
  csv.estimate(scope, "chi", v1::DIMENSION_UNSPECIFIED, {}, scope_summary.chi());
  csv.dimensions(scope, scope_summary.dimensions());
  csv.participation(scope, scope_summary.participation());
  const auto& c = scope_summary.consistency();
  csv.row(scope, "chi_iqr_across_stores", v1::DIMENSION_UNSPECIFIED, {}, c.status(), std::nullopt,
          c.has_iqr() ? std::optional(c.iqr()) : std::nullopt);
  csv.row(scope, "chi_sd_across_stores", v1::DIMENSION_UNSPECIFIED, {}, c.status(), std::nullopt,
          c.has_sd() ? std::optional(c.sd()) : std::nullopt);
  const auto& e = scope_summary.empowerment();
  csv.estimate(scope, "knows_limit_share", v1::DIMENSION_EMPOWERMENT, {}, e.knows_limit());
  csv.estimate(scope, "used_limit_last_7_days_share", v1::DIMENSION_EMPOWERMENT, {}, e.used_last_7_days());
  const auto& r = e.remediation();
  csv.row(scope, "remediation_per_10_staff_per_week", v1::DIMENSION_EMPOWERMENT, {}, r.status(), std::nullopt,
          r.has_per_10_staff_per_week() ? std::optional(r.per_10_staff_per_week()) : std::nullopt);
  for (const auto& q : scope_summary.questions()) csv.question(scope, q);
}

void write_store(csv_writer& csv, const period_data& data, std::size_t s, const v1::StoreRow& store) {
  const auto& catalog = data.catalog;
  csv_scope scope{"location", store.name(), store.code(), store.region()};
  csv.estimate(scope, "chi", v1::DIMENSION_UNSPECIFIED, {}, store.chi());
  csv.dimensions(scope, store.dimensions());
  csv.participation(scope, store.participation());
  csv.estimate(scope, "knows_limit_share", v1::DIMENSION_EMPOWERMENT, {}, store.knows_limit());
  csv.estimate(scope, "used_limit_last_7_days_share", v1::DIMENSION_EMPOWERMENT, {}, store.used_last_7_days());
  const auto& agg = data.current[s];
  v1::RemediationStats remediation;
  fill_remediation(agg, remediation);
  csv.row(scope, "remediation_per_10_staff_per_week", v1::DIMENSION_EMPOWERMENT, {}, remediation.status(),
          std::nullopt,
          remediation.has_per_10_staff_per_week() ? std::optional(remediation.per_10_staff_per_week()) : std::nullopt);
  for (std::size_t i = 0; i < catalog.questions.size(); ++i) {
    if (!catalog.questions[i].active && agg.raw_question_n[i] == 0) continue;
    v1::QuestionStats q;
    fill_question(catalog.questions[i], agg.questions[i], agg.raw_question_n[i], &data.previous[s].questions[i], q);
    csv.question(scope, q);
  }
}

}  // namespace

csv_export::csv_export(std::shared_ptr<const period_data> data, const v1::OverviewReport& head,
                       std::vector<std::size_t> stores, std::size_t stores_per_piece)
    : data_(std::move(data)), period_(head.period()), stores_(std::move(stores)),
      stores_per_piece_(std::max<std::size_t>(1, stores_per_piece)) {
  csv_writer csv(period_);
  csv.header_row();
  if (head.has_organisation()) write_summary(csv, head.organisation(), "organisation");
  for (const auto& region : head.regions()) write_summary(csv, region, "region");
  head_ = csv.take();
}

std::string csv_export::next() {
  if (!head_sent_) {
    head_sent_ = true;
    return std::move(head_);
  }
  csv_writer csv(period_);
  const auto end = std::min(stores_.size(), next_store_ + stores_per_piece_);
  for (; next_store_ < end; ++next_store_) {
    const auto s = stores_[next_store_];
    write_store(csv, *data_, s, *data_->rows[s]);
  }
  return csv.take();
}

}  // namespace storepulse::reports
