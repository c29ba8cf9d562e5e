#include "workflows/promotion_edits.h"

#include <fmt/format.h>

#include <algorithm>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "money/money.h"
#include "money/percent.h"
#include "promotions/lifecycle.h"
#include "security/audit.h"
#include "workflows/promotion_workflows.h"

namespace uplift {

namespace {

namespace bg = boost::gregorian;

Promotion editable(db::Connection& conn, const ActionContext& ctx, const std::string& code) {
    auto p = load_promotion(conn, code);
    if (!p) {
        throw UserError(fmt::format("unknown promotion '{}'", code));
    }
    const PromotionStatus shown = displayed_status(p->status, p->instore, ctx.today);
    if (shown != PromotionStatus::Draft && shown != PromotionStatus::Planned &&
        shown != PromotionStatus::Submitted && shown != PromotionStatus::Approved &&
        shown != PromotionStatus::Active) {
        throw UserError(fmt::format("promotion {} is {}; it can no longer be changed", code,
                                    status_name(shown)));
    }
    if (!may_edit_promotion(conn, ctx, *p)) {
        throw PermissionDenied(
            fmt::format("user '{}' may not change promotion {} (needs "
                        "'promotions.edit' for its brands or account)",
                        ctx.user_name, code));
    }
    return std::move(*p);
}

const PromotionLine& line_of(const Promotion& p, const std::string& sku) {
    for (const auto& l : p.lines) {
        if (l.sku == sku) {
            return l;
        }
    }
    throw UserError(fmt::format("promotion {} has no line for sku '{}'", p.code, sku));
}

}  // namespace

void change_depth(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                  const std::vector<std::string>& skus, std::int64_t percent_units,
                  std::optional<Date> from) {
    if (percent_units < 0 || percent_units > Percent::kWhole) {
        throw UserError("the discount must be between 0 and 100 %");
    }
    db::Transaction tx(conn);
    const Promotion p = editable(conn, ctx, code);
    const Date start = from.value_or(p.instore.first);
    if (!p.instore.contains(start)) {
        throw UserError(fmt::format("{} is outside the in-store period of promotion {} ({} to {})",
                                    to_iso(start), code, to_iso(p.instore.first),
                                    to_iso(p.instore.last)));
    }
    std::vector<std::int64_t> line_ids;
    for (const auto& sku : skus) {
        line_ids.push_back(line_of(p, sku).id);
    }
    if (skus.empty()) {
        for (const auto& l : p.lines) {
            line_ids.push_back(l.id);
        }
    }
    // The % tactic of the chosen scenario, created when the promotion has none.
    const Tactic* tactic = nullptr;
    for (const auto& t : p.tactics) {
        if (t.kind == TacticKind::DiscountPct && tactic == nullptr) {
            tactic = &t;
        }
    }
    std::int64_t tactic_id = 0;
    std::vector<TacticTerm> terms;
    if (tactic != nullptr) {
        tactic_id = tactic->id;
        terms = tactic->terms;
    } else {
        db::Statement ins(conn, "INSERT INTO tactics(scenario_id, kind) VALUES(?, 'discount_pct')");
        ins.bind(1, p.scenario_id);
        ins.exec();
        tactic_id = conn.last_insert_id();
    }
    // Terms for all lines become per-line terms, so one line can change alone.
    std::vector<TacticTerm> expanded;
    for (const auto& t : terms) {
        if (t.line_id) {
            expanded.push_back(t);
        } else {
            for (const auto& l : p.lines) {
                expanded.push_back({l.id, t.period, t.value});
            }
        }
    }
    std::vector<TacticTerm> next;
    for (const auto& t : expanded) {
        const bool affected =
            std::find(line_ids.begin(), line_ids.end(), *t.line_id) != line_ids.end();
        if (!affected || t.period.last < start) {
            next.push_back(t);
        } else if (t.period.first < start) {
            next.push_back({t.line_id, {t.period.first, start - bg::days(1)}, t.value});
        }
    }
    for (const auto id : line_ids) {
        next.push_back({id, {start, p.instore.last}, percent_units});
    }
    const std::int64_t version = write_term_version(conn, tactic_id, next, ctx.now, ctx.user_name);
    write_audit(conn, ctx,
                {"change depth", "promotion", code, std::nullopt,
                 fmt::format("{} % from {} on {} line(s), terms version {}",
                             Percent::from_units(percent_units).to_string(), to_iso(start),
                             line_ids.size(), version),
                 "", std::nullopt});
    recommit_promotion(conn, ctx, code);
    tx.commit();
}

void add_tactic(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                TacticKind kind, std::int64_t value, const std::string& fund,
                std::int64_t lift_ppm) {
    if (value < 0 || (is_percent_kind(kind) && value > Percent::kWhole)) {
        throw UserError("a tactic's value must not be negative, and a % at most 100");
    }
    if (lift_ppm <= 0 || lift_ppm > 10'000'000) {
        throw UserError("a tactic's lift multiplier must be above 0 and at most 10");
    }
    db::Transaction tx(conn);
    const Promotion p = editable(conn, ctx, code);
    db::Statement ins(conn,
                      "INSERT INTO tactics(scenario_id, kind, fund, lift_ppm) VALUES(?, ?, ?, ?)");
    ins.bind_all(p.scenario_id, tactic_kind_name(kind),
                 fund.empty() ? std::optional<std::string>() : fund, lift_ppm);
    ins.exec();
    // Off-invoice and bill-back pay on what ships, so their term spans the ship period.
    const Period period = pays_on_ship_period(kind) ? p.ship : p.instore;
    write_term_version(conn, conn.last_insert_id(), {{std::nullopt, period, value}}, ctx.now,
                       ctx.user_name);
    write_audit(conn, ctx,
                {"add tactic", "promotion", code, std::nullopt,
                 fmt::format("{} {}{}", tactic_kind_name(kind),
                             is_percent_kind(kind) ? Percent::from_units(value).to_string() + " %"
                                                   : format_minor(value),
                             fund.empty() ? "" : " on " + fund),
                 "", std::nullopt});
    recommit_promotion(conn, ctx, code);
    tx.commit();
}

void set_planned_units(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                       const std::string& sku, std::optional<std::int64_t> units) {
    if (units && *units < 0) {
        throw UserError("planned units must not be negative");
    }
    db::Transaction tx(conn);
    const Promotion p = editable(conn, ctx, code);
    const PromotionLine& line = line_of(p, sku);
    if (line.planned_units == units) {
        return;
    }
    db::Statement s(conn, "UPDATE promotion_lines SET planned_units = ? WHERE id = ?");
    s.bind_all(units, line.id);
    s.exec();
    const auto text = [](std::optional<std::int64_t> v) {
        return v ? std::to_string(*v) : std::string("model");
    };
    write_audit(conn, ctx,
                {"set planned units", "promotion", code + "/" + sku, text(line.planned_units),
                 text(units), "", std::nullopt});
    recommit_promotion(conn, ctx, code);
    tx.commit();
}

void add_scenario(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                  const std::string& name) {
    if (name.empty()) {
        throw UserError("a scenario needs a name");
    }
    db::Transaction tx(conn);
    const Promotion p = editable(conn, ctx, code);
    for (const auto& s : list_scenarios(conn, p.id)) {
        if (s.name == name) {
            throw UserError(fmt::format("promotion {} has a scenario '{}' already", code, name));
        }
    }
    db::Statement ins(conn, "INSERT INTO scenarios(promotion_id, name) VALUES(?, ?)");
    ins.bind_all(p.id, name);
    ins.exec();
    const std::int64_t scenario_id = conn.last_insert_id();
    db::Statement tactic(
        conn, "INSERT INTO tactics(scenario_id, kind, fund, lift_ppm) VALUES(?, ?, ?, ?)");
    for (const auto& t : p.tactics) {
        tactic.reset();
        tactic.bind_all(scenario_id, tactic_kind_name(t.kind),
                        t.fund.empty() ? std::optional<std::string>() : t.fund, t.lift_ppm);
        tactic.exec();
        write_term_version(conn, conn.last_insert_id(), t.terms, ctx.now, ctx.user_name);
    }
    write_audit(conn, ctx,
                {"add scenario", "promotion", code, std::nullopt, name, "", std::nullopt});
    tx.commit();
}

void choose_scenario(db::Connection& conn, const ActionContext& ctx, const std::string& code,
                     const std::string& name) {
    db::Transaction tx(conn);
    const Promotion p = editable(conn, ctx, code);
    for (const auto& s : list_scenarios(conn, p.id)) {
        if (s.name == name) {
            db::Statement u(conn, "UPDATE promotions SET scenario_id = ? WHERE id = ?");
            u.bind_all(s.id, p.id);
            u.exec();
            write_audit(
                conn, ctx,
                {"choose scenario", "promotion", code, std::nullopt, name, "", std::nullopt});
            recommit_promotion(conn, ctx, code);
            tx.commit();
            return;
        }
    }
    throw UserError(fmt::format("promotion {} has no scenario '{}'", code, name));
}

std::vector<ScenarioPnl> compare_scenarios(db::Connection& conn, const std::string& code) {
    auto p = load_promotion(conn, code);
    if (!p) {
        throw UserError(fmt::format("unknown promotion '{}'", code));
    }
    std::vector<ScenarioPnl> out;
    for (const auto& s : list_scenarios(conn, p->id)) {
        Promotion variant = *p;
        variant.tactics = load_scenario_tactics(conn, s.id);
        out.push_back({s, simulate_promotion(conn, variant)});
    }
    return out;
}

}  // namespace uplift
