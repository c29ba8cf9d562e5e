#include "promotions/promotion_content.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace uplift {

using nlohmann::json;

NewPromotion promotion_as_new(const Promotion& p, std::optional<std::int64_t> campaign_id) {
    NewPromotion n;
    n.code = p.code;
    n.name = p.name;
    n.campaign_id = campaign_id;
    n.account_id = p.account_id;
    n.instore = p.instore;
    n.ship = p.ship;
    n.status = p.status;
    std::unordered_map<std::int64_t, std::size_t> index;
    for (const auto& l : p.lines) {
        index[l.id] = n.lines.size();
        n.lines.push_back({l.product_id, l.planned_units});
    }
    for (const auto& t : p.tactics) {
        NewTactic nt{t.kind, t.fund, t.lift_ppm, {}};
        for (const auto& tt : t.terms) {
            std::optional<std::size_t> li;
            if (tt.line_id) {
                li = index.at(*tt.line_id);
            }
            nt.terms.push_back({li, tt.period, tt.value});
        }
        n.tactics.push_back(std::move(nt));
    }
    return n;
}

std::string new_promotion_json(const NewPromotion& p) {
    json lines = json::array();
    for (const auto& l : p.lines) {
        lines.push_back({{"product_id", l.product_id},
                         {"planned_units", l.planned_units ? json(*l.planned_units) : json()}});
    }
    json tactics = json::array();
    for (const auto& t : p.tactics) {
        json terms = json::array();
        for (const auto& tt : t.terms) {
            terms.push_back({{"line", tt.line_index ? json(*tt.line_index) : json()},
                             {"from", to_iso(tt.period.first)},
                             {"to", to_iso(tt.period.last)},
                             {"value", tt.value}});
        }
        tactics.push_back({{"kind", tactic_kind_name(t.kind)},
                           {"fund", t.fund},
                           {"lift_ppm", t.lift_ppm},
                           {"terms", terms}});
    }
    const json j{{"code", p.code},
                 {"name", p.name},
                 {"campaign_id", p.campaign_id ? json(*p.campaign_id) : json()},
                 {"account_id", p.account_id},
                 {"instore", {to_iso(p.instore.first), to_iso(p.instore.last)}},
                 {"ship", {to_iso(p.ship.first), to_iso(p.ship.last)}},
                 {"status", status_name(p.status)},
                 {"lines", lines},
                 {"tactics", tactics}};
    return j.dump();
}

NewPromotion new_promotion_from_json(const std::string& text) {
    const json j = json::parse(text);
    NewPromotion p;
    p.code = j.at("code").get<std::string>();
    p.name = j.at("name").get<std::string>();
    if (!j.at("campaign_id").is_null()) {
        p.campaign_id = j.at("campaign_id").get<std::int64_t>();
    }
    p.account_id = j.at("account_id").get<std::int64_t>();
    p.instore = {parse_date(j.at("instore")[0].get<std::string>()),
                 parse_date(j.at("instore")[1].get<std::string>())};
    p.ship = {parse_date(j.at("ship")[0].get<std::string>()),
              parse_date(j.at("ship")[1].get<std::string>())};
    p.status =
        parse_promotion_status(j.at("status").get<std::string>()).value_or(PromotionStatus::Draft);
    for (const auto& l : j.at("lines")) {
        NewPromotion::Line line;
        line.product_id = l.at("product_id").get<std::int64_t>();
        if (!l.at("planned_units").is_null()) {
            line.planned_units = l.at("planned_units").get<std::int64_t>();
        }
        p.lines.push_back(line);
    }
    for (const auto& t : j.at("tactics")) {
        NewTactic nt;
        nt.kind =
            parse_tactic_kind(t.at("kind").get<std::string>()).value_or(TacticKind::DiscountPct);
        nt.fund = t.at("fund").get<std::string>();
        nt.lift_ppm = t.at("lift_ppm").get<std::int64_t>();
        for (const auto& tt : t.at("terms")) {
            NewTacticTerm term;
            if (!tt.at("line").is_null()) {
                term.line_index = tt.at("line").get<std::size_t>();
            }
            term.period = {parse_date(tt.at("from").get<std::string>()),
                           parse_date(tt.at("to").get<std::string>())};
            term.value = tt.at("value").get<std::int64_t>();
            nt.terms.push_back(term);
        }
        p.tactics.push_back(std::move(nt));
    }
    return p;
}

}  // namespace uplift
