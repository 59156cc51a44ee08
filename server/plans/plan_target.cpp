#include "server/plans/plan_target.h"

#include "server/reports/question_keys.h"

namespace storepulse::plans {

std::optional<stored_target> to_stored(const v1::PlanTarget& target) {
  switch (target.kind()) {
    case v1::PLAN_TARGET_KIND_DIMENSION: return stored_target{"dimension", v1::Dimension_Name(target.dimension())};
    case v1::PLAN_TARGET_KIND_QUESTION: return stored_target{"question", target.question_key()};
    case v1::PLAN_TARGET_KIND_EMPOWERMENT:
      return stored_target{"empowerment", v1::EmpowermentFigure_Name(target.figure())};
    default: return std::nullopt;
  }
}

v1::PlanTarget from_stored(const stored_target& stored) {
  v1::PlanTarget target;
  if (stored.kind == "dimension") {
    v1::Dimension d{};
    if (v1::Dimension_Parse(stored.key, &d)) {
      target.set_kind(v1::PLAN_TARGET_KIND_DIMENSION);
      target.set_dimension(d);
    }
  } else if (stored.kind == "question") {
    target.set_kind(v1::PLAN_TARGET_KIND_QUESTION);
    target.set_question_key(stored.key);
  } else if (stored.kind == "empowerment") {
    v1::EmpowermentFigure f{};
    if (v1::EmpowermentFigure_Parse(stored.key, &f)) {
      target.set_kind(v1::PLAN_TARGET_KIND_EMPOWERMENT);
      target.set_figure(f);
    }
  }
  return target;
}

std::string target_id(const v1::PlanTarget& target) {
  auto stored = to_stored(target);
  return stored ? stored->kind + ":" + stored->key : std::string();
}

std::string dimension_label(v1::Dimension dimension) {
  switch (dimension) {
    case v1::DIMENSION_VALUES: return "Values";
    case v1::DIMENSION_EMPOWERMENT: return "Empowerment";
    case v1::DIMENSION_RECOGNITION: return "Recognition";
    case v1::DIMENSION_LEADERSHIP: return "Leadership";
    case v1::DIMENSION_COLLABORATION: return "Collaboration";
    default: return "Culture Health Index";
  }
}

std::string figure_label(v1::EmpowermentFigure figure) {
  switch (figure) {
    case v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT: return "Know their limit";
    case v1::EMPOWERMENT_FIGURE_USED_LAST_7_DAYS: return "Used it in the last 7 days";
    case v1::EMPOWERMENT_FIGURE_LIMIT_GAP: return "Believed vs real limit";
    case v1::EMPOWERMENT_FIGURE_FEELS_TRUSTED: return "Feel trusted to decide";
    default: return "Empowerment figure";
  }
}

std::string figure_question_key(v1::EmpowermentFigure figure) {
  namespace keys = reports::question_keys;
  switch (figure) {
    case v1::EMPOWERMENT_FIGURE_KNOWS_LIMIT: return std::string(keys::knows_limit);
    case v1::EMPOWERMENT_FIGURE_USED_LAST_7_DAYS: return std::string(keys::used_last_7_days);
    case v1::EMPOWERMENT_FIGURE_LIMIT_GAP: return std::string(keys::perceived_limit);
    case v1::EMPOWERMENT_FIGURE_FEELS_TRUSTED: return std::string(keys::feels_trusted);
    default: return {};
  }
}

v1::PlanTarget labelled(storage::database& db, v1::PlanTarget target) {
  switch (target.kind()) {
    case v1::PLAN_TARGET_KIND_DIMENSION: target.set_label(dimension_label(target.dimension())); break;
    case v1::PLAN_TARGET_KIND_EMPOWERMENT: target.set_label(figure_label(target.figure())); break;
    case v1::PLAN_TARGET_KIND_QUESTION: {
      auto stmt = db.prepare(
          "SELECT t.text FROM questions q JOIN question_texts t ON t.question_id = q.id "
          "LEFT JOIN languages l ON l.code = t.language WHERE q.key = ?1 "
          "ORDER BY COALESCE(l.position, 1000000) LIMIT 1");
      stmt.bind(1, target.question_key());
      target.set_label(stmt.step() ? stmt.column_text(0) : target.question_key());
      break;
    }
    default: break;
  }
  return target;
}

v1::Dimension target_dimension(storage::database& db, const v1::PlanTarget& target) {
  switch (target.kind()) {
    case v1::PLAN_TARGET_KIND_DIMENSION: return target.dimension();
    case v1::PLAN_TARGET_KIND_EMPOWERMENT: return v1::DIMENSION_EMPOWERMENT;
    case v1::PLAN_TARGET_KIND_QUESTION: {
      auto stmt = db.prepare("SELECT dimension FROM questions WHERE key = ?1");
      stmt.bind(1, target.question_key());
      return stmt.step() ? static_cast<v1::Dimension>(stmt.column_int(0)) : v1::DIMENSION_UNSPECIFIED;
    }
    default: return v1::DIMENSION_UNSPECIFIED;
  }
}

}  // namespace storepulse::plans
