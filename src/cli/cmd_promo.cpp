// promo list|show|create|simulate|submit|approve|reject|cancel|copy (and plan, settle, close,
// reopen): promotions from the command line.
#include <fmt/format.h>

#include <ostream>
#include <sstream>

#include "command.h"
#include "errors.h"
#include "io/csv_writer.h"
#include "money/percent.h"
#include "option_values.h"
#include "promotions/post_event.h"
#include "workflows/promotion_edits.h"
#include "workflows/promotion_workflows.h"

namespace uplift::cli {

namespace {

Promotion need(db::Connection& conn, const std::string& code) {
    auto p = load_promotion(conn, code);
    if (!p) {
        throw UserError(fmt::format("unknown promotion '{}'", code));
    }
    return std::move(*p);
}

int list(CommandContext& c, db::Connection& conn) {
    const auto status = c.args.get("--status");
    const auto account = c.args.get("--account");
    c.out << "promo_id,campaign,account,start,end,ship_start,ship_end,status,lines\n";
    for (const auto& p : load_promotions(conn)) {
        const std::string shown = status_name(displayed_status(p.status, p.instore, c.today()));
        if ((status && shown != *status) || (account && p.account != *account)) {
            continue;
        }
        write_csv_row(c.out, {p.code, p.campaign, p.account, to_iso(p.instore.first),
                              to_iso(p.instore.last), to_iso(p.ship.first), to_iso(p.ship.last),
                              shown, std::to_string(p.lines.size())});
    }
    return 0;
}

int show(CommandContext& c, db::Connection& conn, const std::string& code) {
    const Promotion p = need(conn, code);
    c.out << fmt::format("promotion {}  {}\n", p.code, p.name);
    c.out << fmt::format("account {}  campaign {}\n", p.account,
                         p.campaign.empty() ? "-" : p.campaign);
    c.out << fmt::format("in store {} to {}, ship {} to {}\n", to_iso(p.instore.first),
                         to_iso(p.instore.last), to_iso(p.ship.first), to_iso(p.ship.last));
    c.out << "status " << status_name(displayed_status(p.status, p.instore, c.today())) << "\n";
    c.out << "lines:";
    for (const auto& l : p.lines) {
        c.out << " " << l.sku
              << (l.planned_units ? fmt::format(" (planned {})", *l.planned_units) : "");
    }
    c.out << "\ntactics:\n";
    for (const auto& t : p.tactics) {
        c.out << fmt::format("  {} on fund {} (version {})\n", tactic_kind_name(t.kind),
                             t.fund.empty() ? "-" : t.fund, t.version);
        for (const auto& term : t.terms) {
            std::string line = "all lines";
            for (const auto& l : p.lines) {
                if (term.line_id && *term.line_id == l.id) {
                    line = l.sku;
                }
            }
            c.out << fmt::format(
                "    {} to {}  {}  {}\n", to_iso(term.period.first), to_iso(term.period.last), line,
                is_percent_kind(t.kind) ? Percent::from_units(term.value).to_string() + " %"
                                        : format_minor(term.value));
        }
    }
    for (const auto& o : find_overlaps(conn, p)) {
        c.out << fmt::format("warning: overlaps {} on {} ({} to {})\n", o.other_code, o.sku,
                             to_iso(o.other_instore.first), to_iso(o.other_instore.last));
    }
    return 0;
}

int simulate(CommandContext& c, db::Connection& conn, const std::string& code) {
    const Promotion p = need(conn, code);
    const PlannedPnl pnl = simulate_promotion(conn, p);
    c.out << "sku,baseline_per_week,lift,planned_units,gross_sales,spend,incremental_units,"
             "incremental_profit\n";
    for (const auto& l : pnl.lines) {
        write_csv_row(
            c.out,
            {l.sku, format_hundredths(l.baseline.per_week, false),
             l.manual ? "manual" : fmt::format("{:.4f}", static_cast<double>(l.lift_ppm) / 1e6),
             format_hundredths(l.planned_units, false), format_hundredths(l.gross_sales, true),
             format_hundredths(l.spend, true), format_hundredths(l.incremental_units, false),
             format_hundredths(l.incremental_profit, true)});
    }
    c.out << fmt::format(
        "total: gross sales {}, trade spend {} (variable {}, fixed {}), net sales {}, COGS {}, "
        "gross margin {}, incremental units {}, incremental profit {}, ROI {}%, break-even "
        "lift {}\n",
        format_hundredths(pnl.gross_sales, true), format_hundredths(pnl.spend, true),
        format_hundredths(pnl.variable_spend, true), format_hundredths(pnl.fixed_spend, true),
        format_hundredths(pnl.net_sales, true), format_hundredths(pnl.cogs, true),
        format_hundredths(pnl.gross_margin, true), format_hundredths(pnl.incremental_units, false),
        format_hundredths(pnl.incremental_profit, true),
        format_ratio_pct(pnl.incremental_profit, pnl.spend),
        pnl.break_even_lift ? fmt::format("{:.2f}x", *pnl.break_even_lift) : "none");
    return 0;
}

int create_promotion(CommandContext& c, db::Connection& conn, const ActionContext& actor,
                     const std::string& code) {
    PromotionDraft d;
    d.code = code;
    d.name = c.args.get("--name").value_or("");
    d.campaign = c.args.get("--campaign").value_or("");
    d.fund = c.args.get("--fund").value_or("");
    d.account = c.args.get("--account").value_or("");
    if (d.account.empty()) {
        throw UsageError("--account is required");
    }
    d.skus = split_list(c.args.get("--sku").value_or(""));
    if (d.skus.empty()) {
        throw UsageError("--sku SKU[,SKU] is required");
    }
    d.instore = {required_date(c, "--start"), required_date(c, "--end")};
    if (const auto v = c.args.get("--discount")) {
        d.discount_pct_units = Percent::parse(*v).units();
    }
    if (const auto v = c.args.get("--fixed")) {
        d.fixed_cost_cents = Money::parse(*v).minor();
    }
    for (const auto& o : create_promotion(conn, actor, d)) {
        c.err << fmt::format("warning: {} overlaps {} on {} ({} to {})\n", code, o.other_code,
                             o.sku, to_iso(o.other_instore.first), to_iso(o.other_instore.last));
    }
    c.out << fmt::format("promotion {} created as draft\n", code);
    return 0;
}

int copy(CommandContext& c, db::Connection& conn, const ActionContext& actor,
         const std::string& code) {
    std::int64_t shift = 0;
    if (c.args.has("--next-year")) {
        shift = 364;  // 52 weeks: the same weekdays a year later
    }
    if (const auto v = c.args.get("--shift-days")) {
        try {
            shift = std::stoll(*v);
        } catch (const std::exception&) {
            throw UsageError("--shift-days takes a whole number of days");
        }
    }
    const auto made =
        copy_promotion(conn, actor, code, split_list(c.args.get("--to").value_or("")), shift);
    for (const auto& m : made) {
        c.out << fmt::format("promotion {} copied to {} (draft)\n", code, m);
    }
    return 0;
}

int run_promo(CommandContext& c) {
    const std::string& sub = c.positional(0, "a promo command (list, show, create, ...)");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "list") {
        return list(c, conn);
    }
    const std::string& code = c.positional(1, "ID (the promo_id)");
    if (sub == "show") {
        return show(c, conn, code);
    }
    if (sub == "simulate") {
        return simulate(c, conn, code);
    }
    if (sub == "create") {
        return create_promotion(c, conn, actor, code);
    }
    if (sub == "copy") {
        return copy(c, conn, actor, code);
    }
    if (sub == "depth") {
        // promo depth ID PCT [--sku S,S] [--from DATE]: a new version of the terms.
        const std::string& pct = c.positional(2, "PCT (the new % off list)");
        std::optional<Date> from;
        if (c.args.get("--from")) {
            from = required_date(c, "--from");
        }
        change_depth(conn, actor, code, split_list(c.args.get("--sku").value_or("")),
                     Percent::parse(pct).units(), from);
        c.out << fmt::format("promotion {}: depth {} % from {}\n", code, pct,
                             from ? to_iso(*from) : std::string("the start"));
        return 0;
    }
    if (sub == "tactic") {
        // promo tactic ID KIND VALUE [--fund F] [--lift X]
        const std::string& kind_text = c.positional(2, "KIND (discount_pct, ...)");
        const std::string& value_text = c.positional(3, "VALUE (% or amount)");
        const auto kind = parse_tactic_kind(kind_text);
        if (!kind) {
            throw UsageError(
                fmt::format("unknown tactic kind '{}' (discount_pct, "
                            "discount_per_unit, off_invoice, bill_back, scan_back, "
                            "fixed_fee, multi_buy)",
                            kind_text));
        }
        const std::int64_t value = is_percent_kind(*kind) ? Percent::parse(value_text).units()
                                                          : Money::parse(value_text).minor();
        std::int64_t lift = 1'000'000;
        if (const auto l = c.args.get("--lift")) {
            const DecimalParse p = parse_decimal(*l, 6, DecimalMark::Auto);
            if (!p.ok()) {
                throw UsageError(fmt::format("--lift: '{}' is not a number", *l));
            }
            lift = p.scaled;
        }
        add_tactic(conn, actor, code, *kind, value, c.args.get("--fund").value_or(""), lift);
        c.out << fmt::format("promotion {}: {} {} added\n", code, kind_text, value_text);
        return 0;
    }
    if (sub == "forecast") {
        // promo forecast ID --sku S UNITS|model
        const std::string& units = c.positional(2, "UNITS (or 'model')");
        const auto sku = c.args.get("--sku");
        if (!sku) {
            throw UsageError("--sku is required");
        }
        std::optional<std::int64_t> value;
        if (units != "model") {
            const DecimalParse p = parse_decimal(units, 0, DecimalMark::Auto);
            if (!p.ok()) {
                throw UsageError(fmt::format("'{}' is not a whole number of units", units));
            }
            value = p.scaled;
        }
        set_planned_units(conn, actor, code, *sku, value);
        c.out << fmt::format("promotion {}: {} planned {}\n", code, *sku, units);
        return 0;
    }
    if (sub == "scenario") {
        // promo scenario ID add NAME | choose NAME | compare
        const std::string& what = c.positional(2, "add, choose or compare");
        if (what == "compare") {
            c.out << "scenario,chosen,spend,incremental_units,incremental_profit,roi_pct\n";
            for (const auto& s : compare_scenarios(conn, code)) {
                write_csv_row(c.out, {s.scenario.name, s.scenario.chosen ? "yes" : "",
                                      format_hundredths(s.pnl.spend, true),
                                      format_hundredths(s.pnl.incremental_units, false),
                                      format_hundredths(s.pnl.incremental_profit, true),
                                      format_ratio_pct(s.pnl.incremental_profit, s.pnl.spend)});
            }
            return 0;
        }
        const std::string& name = c.positional(3, "NAME");
        if (what == "add") {
            add_scenario(conn, actor, code, name);
        } else if (what == "choose") {
            choose_scenario(conn, actor, code, name);
        } else {
            throw UsageError(fmt::format("unknown scenario command '{}'", what));
        }
        c.out << fmt::format("promotion {}: scenario {} {}\n", code, name,
                             what == "add" ? "added" : "chosen");
        return 0;
    }
    const auto action = parse_promotion_action(sub);
    if (!action) {
        throw UsageError(fmt::format("unknown promo command '{}'", sub));
    }
    TransitionRequest r;
    r.action = *action;
    r.reason = c.args.get("--reason").value_or("");
    r.overlap_reason = c.args.get("--override-overlap");
    // --override --reason TEXT: a finance user accepts an overspend of the funds.
    std::optional<std::string> overspend;
    if (c.args.has("--override")) {
        if (r.reason.empty()) {
            throw UsageError("--override needs --reason TEXT");
        }
        overspend = r.reason;
    }
    const PromotionStatus to = change_promotion_status(conn, actor, code, r, overspend);
    c.out << fmt::format("promotion {} is now {}\n", code,
                         status_name(displayed_status(to, need(conn, code).instore, c.today())));
    return 0;
}

}  // namespace

void add_promo_commands(std::vector<Command>& out) {
    out.push_back(
        {"promo",
         "promo list|show|create|simulate|submit|approve|reject|cancel|copy ...",
         "plan promotions and move them through their life cycle",
         "promo list [--status S] [--account A]          CSV of promotions\n"
         "promo show ID                                  lines, tactics, overlaps\n"
         "promo create ID --account A --sku S[,S] --start D --end D [--discount PCT]\n"
         "             [--fixed AMOUNT] [--campaign C] [--fund F] [--name N]\n"
         "promo simulate ID                              planned P&L per line and in total\n"
         "promo plan|submit|approve|reject|cancel|settle|close|reopen ID [--reason R]\n"
         "             [--override-overlap REASON] [--override]  reject/cancel need a reason\n"
         "promo copy ID [--to A[,A]] [--next-year | --shift-days N]\n"
         "promo depth ID PCT [--sku S[,S]] [--from DATE]  change depth (a new version)\n"
         "promo forecast ID --sku S UNITS|model          manual volume forecast\n"
         "promo tactic ID KIND VALUE [--fund F] [--lift X]  add a tactic of any kind\n"
         "promo scenario ID add NAME | choose NAME | compare",
         {{"--status", true, "S  filter list by status"},
          {"--account", true, "CODE"},
          {"--sku", true, "SKU[,SKU]"},
          {"--start", true, "DATE  first in-store day"},
          {"--end", true, "DATE  last in-store day"},
          {"--discount", true, "PCT  % off list on every line"},
          {"--fixed", true, "AMOUNT  fixed fee, once"},
          {"--campaign", true, "NAME"},
          {"--fund", true, "NAME"},
          {"--name", true, "TEXT"},
          {"--reason", true, "TEXT"},
          {"--override-overlap", true, "REASON  approve despite an overlap"},
          {"--override", false, "finance: accept an overspend of the funds (with --reason)"},
          {"--to", true, "A[,A]  copy to these accounts"},
          {"--next-year", false, "copy 52 weeks later"},
          {"--shift-days", true, "N  copy N days later"},
          {"--from", true, "DATE  depth change from this day"},
          {"--lift", true, "X  display/feature multiplier of a tactic, e.g. 1.2"}},
         run_promo});
}

}  // namespace uplift::cli
