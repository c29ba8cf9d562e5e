#include "promotions/promotion_store.h"

#include <fmt/format.h>

#include <unordered_map>

#include "db/statement.h"
#include "errors.h"

namespace uplift {

std::int64_t ensure_campaign(db::Connection& conn, const std::string& name, bool* created) {
    db::Statement s(conn, "SELECT id FROM campaigns WHERE name = ?");
    s.bind(1, name);
    if (s.step()) {
        return s.get_int(0);
    }
    db::Statement ins(conn, "INSERT INTO campaigns(name) VALUES(?)");
    ins.bind(1, name);
    ins.exec();
    if (created != nullptr) {
        *created = true;
    }
    return conn.last_insert_id();
}

namespace {

// The scenario "Base", the lines and the tactics of a promotion whose row exists.
void insert_children(db::Connection& conn, std::int64_t id, const NewPromotion& p,
                     const std::string& now, const std::string& user) {
    db::Statement scen(conn, "INSERT INTO scenarios(promotion_id, name) VALUES(?, 'Base')");
    scen.bind(1, id);
    scen.exec();
    const std::int64_t scenario_id = conn.last_insert_id();
    db::Statement choose(conn, "UPDATE promotions SET scenario_id = ? WHERE id = ?");
    choose.bind_all(scenario_id, id);
    choose.exec();
    std::vector<std::int64_t> line_ids;
    db::Statement line(conn,
                       "INSERT INTO promotion_lines(promotion_id, product_id, planned_units) "
                       "VALUES(?, ?, ?)");
    for (const auto& l : p.lines) {
        line.reset();
        line.bind_all(id, l.product_id, l.planned_units);
        line.exec();
        line_ids.push_back(conn.last_insert_id());
    }
    db::Statement tactic(conn,
                         "INSERT INTO tactics(scenario_id, kind, fund, lift_ppm) "
                         "VALUES(?, ?, ?, ?)");
    db::Statement term(conn,
                       "INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, "
                       "valid_to, value, created_at, created_by) VALUES(?, 1, ?, ?, ?, ?, ?, ?)");
    for (const auto& t : p.tactics) {
        tactic.reset();
        tactic.bind_all(scenario_id, tactic_kind_name(t.kind),
                        t.fund.empty() ? std::optional<std::string>() : t.fund, t.lift_ppm);
        tactic.exec();
        const std::int64_t tactic_id = conn.last_insert_id();
        for (const auto& tt : t.terms) {
            std::optional<std::int64_t> line_id;
            if (tt.line_index) {
                line_id = line_ids.at(*tt.line_index);
            }
            term.reset();
            term.bind_all(tactic_id, line_id, to_iso(tt.period.first), to_iso(tt.period.last),
                          tt.value, now, user);
            term.exec();
        }
    }
}

}  // namespace

std::int64_t insert_promotion(db::Connection& conn, const NewPromotion& p, const std::string& now,
                              const std::string& user) {
    db::Statement ins(conn,
                      "INSERT INTO promotions(code, name, campaign_id, account_id, instore_from, "
                      "instore_to, ship_from, ship_to, status, requested_by, batch_id, "
                      "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind_all(p.code, p.name, p.campaign_id, p.account_id, to_iso(p.instore.first),
                 to_iso(p.instore.last), to_iso(p.ship.first), to_iso(p.ship.last),
                 status_name(p.status), p.requested_by, p.batch_id, now);
    ins.exec();
    const std::int64_t id = conn.last_insert_id();
    insert_children(conn, id, p, now, user);
    return id;
}

void replace_promotion(db::Connection& conn, std::int64_t id, const NewPromotion& p,
                       const std::string& now, const std::string& user) {
    db::Statement clear(conn, "UPDATE promotions SET scenario_id = NULL WHERE id = ?");
    clear.bind(1, id);
    clear.exec();
    db::Statement scen(conn, "DELETE FROM scenarios WHERE promotion_id = ?");
    scen.bind(1, id);
    scen.exec();
    db::Statement lines(conn, "DELETE FROM promotion_lines WHERE promotion_id = ?");
    lines.bind(1, id);
    lines.exec();
    db::Statement upd(conn,
                      "UPDATE promotions SET code = ?, name = ?, campaign_id = ?, account_id = ?, "
                      "instore_from = ?, instore_to = ?, ship_from = ?, ship_to = ?, status = ?, "
                      "batch_id = ? WHERE id = ?");
    upd.bind_all(p.code, p.name, p.campaign_id, p.account_id, to_iso(p.instore.first),
                 to_iso(p.instore.last), to_iso(p.ship.first), to_iso(p.ship.last),
                 status_name(p.status), p.batch_id, id);
    upd.exec();
    insert_children(conn, id, p, now, user);
}

namespace {

std::vector<Promotion> load(db::Connection& conn, const std::string& code) {
    // One promotion by its code, or all: "?1 = '' OR p.code = ?1" would scan every row even
    // for one promotion (SQLite cannot use the code's index through the OR).
    const std::string where = code.empty() ? "WHERE ?1 = '' " : "WHERE p.code = ?1 ";
    db::Statement s(conn,
                    "SELECT p.id, p.code, p.name, ifnull(c.name, ''), p.account_id, a.code, "
                    "p.instore_from, p.instore_to, p.ship_from, p.ship_to, p.status, "
                    "p.scenario_id FROM promotions p JOIN accounts a ON a.id = p.account_id "
                    "LEFT JOIN campaigns c ON c.id = p.campaign_id " +
                        where + "ORDER BY p.code");
    s.bind(1, code);
    std::vector<Promotion> out;
    std::unordered_map<std::int64_t, std::size_t> by_id;
    std::unordered_map<std::int64_t, std::size_t> by_scenario;
    while (s.step()) {
        Promotion p;
        p.id = s.get_int(0);
        p.code = s.get_text(1);
        p.name = s.get_text(2);
        p.campaign = s.get_text(3);
        p.account_id = s.get_int(4);
        p.account = s.get_text(5);
        p.instore = {parse_date(s.get_text_view(6)), parse_date(s.get_text_view(7))};
        p.ship = {parse_date(s.get_text_view(8)), parse_date(s.get_text_view(9))};
        p.status = parse_promotion_status(s.get_text_view(10)).value_or(PromotionStatus::Draft);
        p.scenario_id = s.get_opt_int(11).value_or(0);
        by_id[p.id] = out.size();
        by_scenario[p.scenario_id] = out.size();
        out.push_back(std::move(p));
    }
    if (out.empty()) {
        return out;
    }
    db::Statement lines(conn,
                        "SELECT l.id, l.promotion_id, l.product_id, pr.sku, l.planned_units "
                        "FROM promotion_lines l JOIN products pr ON pr.id = l.product_id "
                        "JOIN promotions p ON p.id = l.promotion_id " +
                            where + "ORDER BY l.id");
    lines.bind(1, code);
    while (lines.step()) {
        const auto it = by_id.find(lines.get_int(1));
        if (it != by_id.end()) {
            out[it->second].lines.push_back(
                {lines.get_int(0), lines.get_int(2), lines.get_text(3), lines.get_opt_int(4)});
        }
    }
    // Current terms: the highest version of each tactic of the chosen scenario.
    db::Statement terms(conn,
                        "SELECT t.id, t.scenario_id, t.kind, ifnull(t.fund, ''), t.lift_ppm, "
                        "tt.version, tt.line_id, tt.valid_from, tt.valid_to, tt.value "
                        "FROM tactics t JOIN promotions p ON p.scenario_id = t.scenario_id "
                        "LEFT JOIN tactic_terms tt ON tt.tactic_id = t.id AND tt.version = "
                        " (SELECT max(version) FROM tactic_terms x WHERE x.tactic_id = t.id) "
                        "" + where +
                            "ORDER BY t.id, tt.valid_from, tt.line_id");
    terms.bind(1, code);
    std::int64_t last_tactic = -1;
    while (terms.step()) {
        const auto it = by_scenario.find(terms.get_int(1));
        if (it == by_scenario.end()) {
            continue;
        }
        Promotion& p = out[it->second];
        if (terms.get_int(0) != last_tactic) {
            last_tactic = terms.get_int(0);
            Tactic t;
            t.id = last_tactic;
            t.kind = parse_tactic_kind(terms.get_text_view(2)).value_or(TacticKind::DiscountPct);
            t.fund = terms.get_text(3);
            t.lift_ppm = terms.get_int(4);
            t.version = terms.get_opt_int(5).value_or(1);
            p.tactics.push_back(std::move(t));
        }
        if (!terms.is_null(7)) {
            p.tactics.back().terms.push_back(
                {terms.get_opt_int(6),
                 {parse_date(terms.get_text_view(7)), parse_date(terms.get_text_view(8))},
                 terms.get_int(9)});
        }
    }
    return out;
}

}  // namespace

std::vector<std::pair<std::int64_t, std::string>> promotion_codes(db::Connection& conn) {
    db::Statement s(conn, "SELECT id, code FROM promotions ORDER BY code");
    std::vector<std::pair<std::int64_t, std::string>> out;
    while (s.step()) {
        out.emplace_back(s.get_int(0), s.get_text(1));
    }
    return out;
}

std::vector<Promotion> load_promotions(db::Connection& conn) {
    return load(conn, "");
}

std::optional<Promotion> load_promotion(db::Connection& conn, const std::string& code) {
    if (code.empty()) {
        return std::nullopt;
    }
    auto v = load(conn, code);
    if (v.empty()) {
        return std::nullopt;
    }
    return std::move(v.front());
}

std::vector<ScenarioInfo> list_scenarios(db::Connection& conn, std::int64_t promotion_id) {
    db::Statement s(conn,
                    "SELECT s.id, s.name, s.id = p.scenario_id FROM scenarios s JOIN promotions p "
                    "ON p.id = s.promotion_id WHERE s.promotion_id = ? ORDER BY s.id");
    s.bind(1, promotion_id);
    std::vector<ScenarioInfo> out;
    while (s.step()) {
        out.push_back({s.get_int(0), s.get_text(1), s.get_int(2) != 0});
    }
    return out;
}

std::vector<Tactic> load_scenario_tactics(db::Connection& conn, std::int64_t scenario_id) {
    db::Statement s(conn,
                    "SELECT t.id, t.kind, ifnull(t.fund, ''), t.lift_ppm, tt.version, tt.line_id, "
                    "tt.valid_from, tt.valid_to, tt.value FROM tactics t "
                    "LEFT JOIN tactic_terms tt ON tt.tactic_id = t.id AND tt.version = "
                    " (SELECT max(version) FROM tactic_terms x WHERE x.tactic_id = t.id) "
                    "WHERE t.scenario_id = ? ORDER BY t.id, tt.valid_from, tt.line_id");
    s.bind(1, scenario_id);
    std::vector<Tactic> out;
    while (s.step()) {
        if (out.empty() || out.back().id != s.get_int(0)) {
            Tactic t;
            t.id = s.get_int(0);
            t.kind = parse_tactic_kind(s.get_text_view(1)).value_or(TacticKind::DiscountPct);
            t.fund = s.get_text(2);
            t.lift_ppm = s.get_int(3);
            t.version = s.get_opt_int(4).value_or(0);
            out.push_back(std::move(t));
        }
        if (!s.is_null(6)) {
            out.back().terms.push_back(
                {s.get_opt_int(5),
                 {parse_date(s.get_text_view(6)), parse_date(s.get_text_view(7))},
                 s.get_int(8)});
        }
    }
    return out;
}

std::int64_t write_term_version(db::Connection& conn, std::int64_t tactic_id,
                                const std::vector<TacticTerm>& terms, const std::string& now,
                                const std::string& user) {
    db::Statement v(conn,
                    "SELECT ifnull(max(version), 0) + 1 FROM tactic_terms WHERE tactic_id = ?");
    v.bind(1, tactic_id);
    v.step();
    const std::int64_t version = v.get_int(0);
    v.reset();
    db::Statement ins(conn,
                      "INSERT INTO tactic_terms(tactic_id, version, line_id, valid_from, valid_to, "
                      "value, created_at, created_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& t : terms) {
        ins.reset();
        ins.bind_all(tactic_id, version, t.line_id, to_iso(t.period.first), to_iso(t.period.last),
                     t.value, now, user);
        ins.exec();
    }
    return version;
}

}  // namespace uplift
