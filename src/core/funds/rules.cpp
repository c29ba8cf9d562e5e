#include "funds/rules.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>

#include "db/statement.h"
#include "db/transaction.h"
#include "errors.h"
#include "funds/fund.h"
#include "funds/ledger.h"
#include "money/money.h"
#include "money/percent.h"
#include "money/rounding.h"
#include "security/audit.h"
#include "targets/sales_plan.h"
#include "targets/target_store.h"

namespace uplift {

namespace {

using nlohmann::json;

constexpr std::string_view kOnClose = "on_close";
constexpr std::string_view kOnDatePrefix = "on_date:";
constexpr std::string_view kOnTarget = "on_target";

// A rule's schedule, condition and action, checked and resolved to ids.
struct ParsedRule {
    enum class Kind { OnClose, OnDate, OnTarget } kind = Kind::OnClose;
    std::optional<Date> date;                   // on_date
    std::optional<std::int64_t> scope_fund_id;  // on_close: only funds at or below this one
    std::int64_t fund_id = 0;                   // on_date: the fund looked at; on_target: paid
    std::string fund;
    std::int64_t to_fund_id = 0;  // on_date: where the money goes
    std::string to_fund;
    std::int64_t below_units = 0;    // on_date: utilisation threshold (Percent units)
    std::int64_t pct_units = 0;      // on_date: share of available moved (Percent units)
    std::string account;             // on_target
    std::string period;              // on_target
    std::int64_t reached_units = 0;  // on_target (Percent units)
    std::int64_t amount = 0;         // on_target (cents)
};

class RuleParser {
  public:
    RuleParser(db::Connection& conn, std::string name) : conn_(conn), name_(std::move(name)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& what) const {
        throw UserError(fmt::format("rule '{}': {}: {}", name_, field, what));
    }

    json object(const std::string& text, const std::string& field) const {
        if (text.empty()) {
            return json::object();
        }
        json j = json::parse(text, nullptr, false);
        if (j.is_discarded()) {
            fail(field, "is not valid JSON");
        }
        if (!j.is_object()) {
            fail(field, "must be a JSON object");
        }
        return j;
    }

    void only(const json& j, const std::string& field, const std::set<std::string>& allowed,
              std::string_view schedule) const {
        for (const auto& [key, value] : j.items()) {
            if (!allowed.contains(key)) {
                fail(field + "." + key, fmt::format("is not a field of an {} rule", schedule));
            }
        }
    }

    // A required (or optional) scalar as text: strings as they are, numbers as written.
    std::optional<std::string> text(const json& j, const std::string& field, const std::string& key,
                                    bool required) const {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null()) {
            if (required) {
                fail(field + "." + key, "is missing");
            }
            return std::nullopt;
        }
        if (it->is_string()) {
            return it->get<std::string>();
        }
        if (it->is_number()) {
            return it->dump();
        }
        fail(field + "." + key, "must be a string or a number");
    }

    std::pair<std::int64_t, std::string> fund(const json& j, const std::string& field,
                                              const std::string& key) const {
        const std::string name = *text(j, field, key, true);
        const auto f = find_fund(conn_, name);
        if (!f) {
            fail(field + "." + key, fmt::format("unknown fund '{}'", name));
        }
        return {f->id, f->name};
    }

    // A percentage in (0, max] (Percent units).
    std::int64_t percent(const json& j, const std::string& field, const std::string& key,
                         std::int64_t max_units) const {
        const std::string t = *text(j, field, key, true);
        std::int64_t units = 0;
        try {
            units = Percent::parse(t, DecimalMark::Point).units();
        } catch (const UserError& e) {
            fail(field + "." + key, e.what());
        }
        if (units <= 0 || units > max_units) {
            fail(field + "." + key, fmt::format("'{}' is not a percentage above 0 and at most {}",
                                                t, Percent::from_units(max_units).to_string()));
        }
        return units;
    }

    ParsedRule parse(const std::string& schedule, const std::string& condition_text,
                     const std::string& action_text) const {
        ParsedRule r;
        const json cond = object(condition_text, "condition");
        const json act = object(action_text, "action");
        const auto type = text(act, "action", "type", true);
        const auto need_type = [&](const char* wanted) {
            if (*type != wanted) {
                fail("action.type", fmt::format("'{}' does not go with schedule {} (use {})", *type,
                                                schedule, wanted));
            }
        };
        if (schedule == kOnClose) {
            r.kind = ParsedRule::Kind::OnClose;
            only(cond, "condition", {"fund"}, schedule);
            only(act, "action", {"type"}, schedule);
            need_type("return_to_parent");
            if (cond.contains("fund")) {
                r.scope_fund_id = fund(cond, "condition", "fund").first;
            }
        } else if (schedule.starts_with(kOnDatePrefix)) {
            r.kind = ParsedRule::Kind::OnDate;
            r.date = try_parse_date(std::string_view(schedule).substr(kOnDatePrefix.size()));
            if (!r.date) {
                fail("schedule",
                     fmt::format("'{}' has no valid date (on_date:YYYY-MM-DD)", schedule));
            }
            only(cond, "condition", {"fund", "utilisation_below_pct"}, "on_date");
            only(act, "action", {"type", "to", "pct"}, "on_date");
            need_type("move_available_pct");
            std::tie(r.fund_id, r.fund) = fund(cond, "condition", "fund");
            r.below_units = percent(cond, "condition", "utilisation_below_pct", Percent::kWhole);
            std::tie(r.to_fund_id, r.to_fund) = fund(act, "action", "to");
            if (r.to_fund_id == r.fund_id) {
                fail("action.to", "must be another fund than condition.fund");
            }
            r.pct_units = percent(act, "action", "pct", Percent::kWhole);
        } else if (schedule == kOnTarget) {
            r.kind = ParsedRule::Kind::OnTarget;
            only(cond, "condition", {"account", "period", "reached_pct"}, schedule);
            only(act, "action", {"type", "fund", "amount"}, schedule);
            need_type("add_to_fund");
            r.account = *text(cond, "condition", "account", true);
            db::Statement a(conn_, "SELECT code FROM accounts WHERE code = ?");
            a.bind(1, r.account);
            if (!a.step()) {
                fail("condition.account", fmt::format("unknown account '{}'", r.account));
            }
            r.period = *text(cond, "condition", "period", true);
            try {
                (void)parse_target_period(r.period);
            } catch (const UserError& e) {
                fail("condition.period", e.what());
            }
            // A bonus may wait for more than 100 % of the target.
            r.reached_units = percent(cond, "condition", "reached_pct", 10 * Percent::kWhole);
            std::tie(r.fund_id, r.fund) = fund(act, "action", "fund");
            const std::string amount = *text(act, "action", "amount", true);
            try {
                r.amount = Money::parse(amount, DecimalMark::Point).minor();
            } catch (const UserError& e) {
                fail("action.amount", e.what());
            }
            if (r.amount <= 0) {
                fail("action.amount", fmt::format("'{}' must be a positive amount", amount));
            }
        } else {
            fail("schedule",
                 fmt::format("'{}' is not on_close, on_date:YYYY-MM-DD or on_target", schedule));
        }
        return r;
    }

  private:
    db::Connection& conn_;
    std::string name_;
};

// The funds at or below `root`.
std::set<std::int64_t> subtree(db::Connection& conn, std::int64_t root) {
    db::Statement s(conn,
                    "WITH RECURSIVE down(id) AS (SELECT ?1 UNION SELECT f.id FROM funds f "
                    "JOIN down ON f.parent_id = down.id) SELECT id FROM down");
    s.bind(1, root);
    std::set<std::int64_t> out;
    while (s.step()) {
        out.insert(s.get_int(0));
    }
    return out;
}

bool fired(db::Connection& conn, std::int64_t rule_id, const std::string& subject) {
    db::Statement s(conn, "SELECT 1 FROM rule_firings WHERE rule_id = ? AND subject = ?");
    s.bind_all(rule_id, subject);
    return s.step();
}

// A release goes back to the parent once, whichever on_close rule returns it.
bool returned_by_any_rule(db::Connection& conn, const std::string& subject) {
    db::Statement s(conn,
                    "SELECT 1 FROM rule_firings x JOIN fund_rules r ON r.id = x.rule_id "
                    "WHERE r.schedule = 'on_close' AND x.subject = ?");
    s.bind(1, subject);
    return s.step();
}

// Figures as the firings evaluated so far leave them: each moves budget (and so available).
class Pending {
  public:
    explicit Pending(db::Connection& conn) : conn_(conn) {}
    FundFigures figures(std::int64_t fund_id) {
        FundFigures f = fund_figures(conn_, fund_id);
        f.transfers_in += in_[fund_id];
        f.transfers_out += out_[fund_id];
        return f;
    }
    void move(std::int64_t from, std::int64_t to, std::int64_t cents) {
        out_[from] += cents;
        in_[to] += cents;
    }

  private:
    db::Connection& conn_;
    std::map<std::int64_t, std::int64_t> in_, out_;
};

ParsedRule parse_stored(db::Connection& conn, const Rule& r) {
    return RuleParser(conn, r.name).parse(r.schedule, r.condition, r.action);
}

std::string effect_json(const RuleFiring& f) {
    return json{{"from", f.from_fund}, {"to", f.to_fund}, {"amount", format_minor(f.amount)}}
        .dump();
}

std::int64_t fund_id_of(db::Connection& conn, const std::string& name) {
    const auto f = find_fund(conn, name);
    if (!f) {
        throw UserError(fmt::format("unknown fund '{}'", name));
    }
    return f->id;
}

// Books one firing: the ledger entries, its rule_firings row and an audit entry.
void book_firing(db::Connection& conn, const ActionContext& ctx, const RuleFiring& f) {
    const std::string reason = fmt::format("rule {}: {}", f.rule, f.subject);
    const std::int64_t to = fund_id_of(conn, f.to_fund);
    if (f.from_fund.empty()) {
        book(conn, ctx,
             {0, to, LedgerKind::Adjustment, f.amount, ctx.today, "rule", f.rule_id, std::nullopt,
              ctx.user_name, reason});
    } else {
        const std::int64_t from = fund_id_of(conn, f.from_fund);
        book(conn, ctx,
             {0, from, LedgerKind::TransferOut, f.amount, ctx.today, "rule", f.rule_id,
              std::nullopt, ctx.user_name, reason});
        book(conn, ctx,
             {0, to, LedgerKind::TransferIn, f.amount, ctx.today, "rule", f.rule_id, std::nullopt,
              ctx.user_name, reason});
        // Evaluation never moves more than is available; this only guards that promise.
        guard_overspend(conn, ctx, from, std::nullopt,
                        fmt::format("rule {} moving {}", f.rule, format_minor(f.amount)));
    }
    const std::string effect = effect_json(f);
    db::Statement s(conn,
                    "INSERT INTO rule_firings(rule_id, fired_at, fired_on, subject, effect) "
                    "VALUES(?, ?, ?, ?, ?)");
    s.bind_all(f.rule_id, ctx.now, to_iso(ctx.today), f.subject, effect);
    s.exec();
    write_audit(conn, ctx,
                {"fire", "fund rule", f.rule, std::nullopt, effect, f.subject, std::nullopt});
}

void evaluate_on_close(db::Connection& conn, const Rule& rule, const ParsedRule& r,
                       Pending& pending, std::set<std::string>& returned,
                       std::vector<RuleFiring>& out) {
    std::set<std::int64_t> scope;
    if (r.scope_fund_id) {
        scope = subtree(conn, *r.scope_fund_id);
    }
    // What each closed promotion released on each fund that has a parent.
    db::Statement s(conn,
                    "SELECT p.code, f.id, f.name, pf.id, pf.name, sum(l.amount) FROM fund_ledger l "
                    "JOIN promotions p ON p.id = l.source_id JOIN funds f ON f.id = l.fund_id "
                    "JOIN funds pf ON pf.id = f.parent_id WHERE l.kind = 'release' AND "
                    "l.source_type = 'promotion' AND p.status = 'closed' "
                    "GROUP BY p.code, f.id ORDER BY p.code, f.name");
    struct Row {
        std::string code;
        std::int64_t fund_id;
        std::string fund;
        std::int64_t parent_id;
        std::string parent;
        std::int64_t released;
    };
    std::vector<Row> rows;
    while (s.step()) {
        rows.push_back({s.get_text(0), s.get_int(1), s.get_text(2), s.get_int(3), s.get_text(4),
                        s.get_int(5)});
    }
    for (const auto& row : rows) {
        if (row.released <= 0 || (r.scope_fund_id && !scope.contains(row.fund_id))) {
            continue;
        }
        const std::string subject = row.code + "/" + row.fund;
        if (returned.contains(subject) || returned_by_any_rule(conn, subject)) {
            continue;
        }
        // Money the fund has meanwhile committed elsewhere is no longer unspent.
        const std::int64_t amount =
            std::min(row.released, pending.figures(row.fund_id).available());
        if (amount <= 0) {
            continue;  // nothing to give back now; a later run looks again
        }
        pending.move(row.fund_id, row.parent_id, amount);
        returned.insert(subject);
        out.push_back({rule.id, rule.name, subject, row.fund, row.parent, amount});
    }
}

void evaluate_on_date(db::Connection& conn, const ActionContext& ctx, const Rule& rule,
                      const ParsedRule& r, Pending& pending, std::vector<RuleFiring>& out) {
    if (ctx.today < *r.date) {
        return;
    }
    const std::string subject = to_iso(*r.date);
    if (fired(conn, rule.id, subject)) {
        return;
    }
    const FundFigures f = pending.figures(r.fund_id);
    // Utilisation is empty when the budget is 0: the condition does not hold.
    if (f.budget() <= 0) {
        return;
    }
    // 100 × actual / budget < P  ⇔  actual × kWhole < P_units × budget (exact).
    if (Wide(f.actual) * Percent::kWhole >= Wide(r.below_units) * f.budget()) {
        return;
    }
    if (f.available() <= 0) {
        return;
    }
    const std::int64_t amount = round_half_away(Wide(f.available()) * r.pct_units, Percent::kWhole);
    if (amount <= 0) {
        return;
    }
    pending.move(r.fund_id, r.to_fund_id, amount);
    out.push_back({rule.id, rule.name, subject, r.fund, r.to_fund, amount});
}

// An account's bonus once its sell-in value reached the rule's share of its targets for the
// period (all brands); nothing while it has no target there.
void evaluate_on_target(db::Connection& conn, const Rule& rule, const ParsedRule& r,
                        std::vector<RuleFiring>& out) {
    const std::string subject = r.account + "/" + normalise_target_period(r.period);
    if (fired(conn, rule.id, subject)) {
        return;
    }
    const Attainment a = account_attainment(conn, r.account, r.period);
    // actual / target ≥ P / 100  ⇔  actual × kWhole ≥ P_units × target (exact).
    if (a.target_value <= 0 ||
        Wide(a.actual_value) * Percent::kWhole < Wide(r.reached_units) * a.target_value) {
        return;
    }
    out.push_back({rule.id, rule.name, subject, "", r.fund, r.amount});
}

// Evaluates and books the due rules in one transaction; with `previewed`, only if the
// evaluation (inside the write transaction, so nothing changes in between) is exactly that.
std::vector<RuleFiring> book_due_rules(db::Connection& conn, const ActionContext& ctx,
                                       const std::vector<RuleFiring>* previewed) {
    require_right(conn, ctx, "funds.rules", "run fund rules");
    db::Transaction tx(conn);
    std::vector<RuleFiring> firings = evaluate_rules(conn, ctx);
    if (previewed != nullptr && firings != *previewed) {
        throw UserError(
            "the fund rules would now book something else than the preview shown (the figures "
            "changed since); run the dry run again");
    }
    for (const auto& f : firings) {
        book_firing(conn, ctx, f);
    }
    tx.commit();
    return firings;
}

}  // namespace

std::int64_t add_rule(db::Connection& conn, const ActionContext& ctx, const RuleSpec& spec) {
    if (spec.name.empty() || spec.name.size() > 100) {
        throw UserError("a rule needs a name of 1 to 100 characters");
    }
    db::Transaction tx(conn);
    require_right(conn, ctx, "funds.rules", fmt::format("add fund rule '{}'", spec.name));
    {
        db::Statement dup(conn, "SELECT 1 FROM fund_rules WHERE name = ?");
        dup.bind(1, spec.name);
        if (dup.step()) {
            throw UserError(fmt::format("rule '{}' exists already", spec.name));
        }
    }
    const RuleParser parser(conn, spec.name);
    (void)parser.parse(spec.schedule, spec.condition, spec.action);
    const std::string condition = parser.object(spec.condition, "condition").dump();
    const std::string action = parser.object(spec.action, "action").dump();
    db::Statement ins(conn,
                      "INSERT INTO fund_rules(name, condition, action, schedule, created_by, "
                      "created_at) VALUES(?, ?, ?, ?, ?, ?)");
    ins.bind_all(spec.name, condition, action, spec.schedule, ctx.user_name, ctx.now);
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    const json j{{"schedule", spec.schedule},
                 {"condition", json::parse(condition)},
                 {"action", json::parse(action)}};
    write_audit(conn, ctx,
                {"create", "fund rule", spec.name, std::nullopt, j.dump(), "", std::nullopt});
    tx.commit();
    return id;
}

std::vector<Rule> list_rules(db::Connection& conn) {
    db::Statement s(conn,
                    "SELECT id, name, schedule, condition, action, active, created_by, created_at "
                    "FROM fund_rules ORDER BY id");
    std::vector<Rule> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_text(2), s.get_text(3), s.get_text(4),
                       s.get_int(5) != 0, s.get_text(6), s.get_text(7)});
    }
    return out;
}

std::vector<RuleFiring> evaluate_rules(db::Connection& conn, const ActionContext& ctx) {
    Pending pending(conn);
    std::set<std::string> returned;
    std::vector<RuleFiring> out;
    for (const Rule& rule : list_rules(conn)) {
        if (!rule.active) {
            continue;
        }
        const ParsedRule r = parse_stored(conn, rule);
        if (r.kind == ParsedRule::Kind::OnClose) {
            evaluate_on_close(conn, rule, r, pending, returned, out);
        } else if (r.kind == ParsedRule::Kind::OnDate) {
            evaluate_on_date(conn, ctx, rule, r, pending, out);
        } else {
            evaluate_on_target(conn, rule, r, out);
        }
    }
    return out;
}

std::vector<RuleFiring> run_rules(db::Connection& conn, const ActionContext& ctx, bool dry_run) {
    if (dry_run) {
        return evaluate_rules(conn, ctx);
    }
    return book_due_rules(conn, ctx, nullptr);
}

std::vector<RuleFiring> run_previewed_rules(db::Connection& conn, const ActionContext& ctx,
                                            const std::vector<RuleFiring>& previewed) {
    return book_due_rules(conn, ctx, &previewed);
}

std::vector<LoggedFiring> list_rule_firings(db::Connection& conn) {
    db::Statement s(
        conn,
        "SELECT r.name, x.subject, x.fired_on, x.fired_at, x.effect FROM rule_firings x "
        "JOIN fund_rules r ON r.id = x.rule_id ORDER BY x.id");
    std::vector<LoggedFiring> out;
    while (s.step()) {
        out.push_back({s.get_text(0), s.get_text(1), s.get_text(2), s.get_text(3), s.get_text(4)});
    }
    return out;
}

}  // namespace uplift
