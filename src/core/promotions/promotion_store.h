#pragma once
// Row-level storage of promotions: insert a whole promotion, load promotions with their lines
// and the chosen scenario's current tactic terms. No rights checks, no transactions here.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "promotions/promotion.h"

namespace uplift {
namespace db {
class Connection;
}

struct NewTacticTerm {
    std::optional<std::size_t> line_index;  // index into NewPromotion::lines; nullopt: all
    Period period;
    std::int64_t value = 0;
};

struct NewTactic {
    TacticKind kind = TacticKind::DiscountPct;
    std::string fund;
    std::int64_t lift_ppm = 1'000'000;
    std::vector<NewTacticTerm> terms;
};

struct NewPromotion {
    std::string code;
    std::string name;
    std::optional<std::int64_t> campaign_id;
    std::int64_t account_id = 0;
    Period instore;
    Period ship;
    PromotionStatus status = PromotionStatus::Draft;
    std::optional<std::int64_t> requested_by;
    std::optional<std::int64_t> batch_id;
    struct Line {
        std::int64_t product_id = 0;
        std::optional<std::int64_t> planned_units;
    };
    std::vector<Line> lines;
    std::vector<NewTactic> tactics;
};

// Inserts the promotion with one scenario "Base" holding its tactics (version 1 terms).
std::int64_t insert_promotion(db::Connection& conn, const NewPromotion& p, const std::string& now,
                              const std::string& user);

// Gives an existing promotion (same id) new content: its row, lines, scenario and tactics.
void replace_promotion(db::Connection& conn, std::int64_t id, const NewPromotion& p,
                       const std::string& now, const std::string& user);

// The campaign's id, created when new.
std::int64_t ensure_campaign(db::Connection& conn, const std::string& name, bool* created);

// Every promotion (ordered by code) with lines and the chosen scenario's current terms.
std::vector<Promotion> load_promotions(db::Connection& conn);

struct ScenarioInfo {
    std::int64_t id = 0;
    std::string name;
    bool chosen = false;
};
std::vector<ScenarioInfo> list_scenarios(db::Connection& conn, std::int64_t promotion_id);
// The current tactics (highest term version) of one scenario.
std::vector<Tactic> load_scenario_tactics(db::Connection& conn, std::int64_t scenario_id);
// Writes `terms` as the tactic's next version; returns that version.
std::int64_t write_term_version(db::Connection& conn, std::int64_t tactic_id,
                                const std::vector<TacticTerm>& terms, const std::string& now,
                                const std::string& user);
std::optional<Promotion> load_promotion(db::Connection& conn, const std::string& code);

// Every promotion's id and code (ordered by code), for naming what refers to promotions by id.
std::vector<std::pair<std::int64_t, std::string>> promotion_codes(db::Connection& conn);

}  // namespace uplift
