// fund create|allocate|transfer|list|show: trade funds from the command line.
#include <fmt/format.h>

#include <ostream>

#include "analytics/budget_vs_actual.h"
#include "command.h"
#include "errors.h"
#include "funds/fund.h"
#include "io/csv_writer.h"
#include "money/percent.h"

namespace uplift::cli {

int run_fund_rules(CommandContext& c, db::Connection& conn,
                   const ActionContext& actor);  // cmd_fund_rules.cpp

namespace {

std::int64_t amount_arg(const std::string& text) {
    return Money::parse(text).minor();
}

std::optional<Date> opt_date(const CommandContext& c, const char* name) {
    const auto v = c.args.get(name);
    if (!v) {
        return std::nullopt;
    }
    if (auto d = try_parse_date(*v)) {
        return d;
    }
    throw UsageError(fmt::format("{}: '{}' is not a date (YYYY-MM-DD)", name, *v));
}

int create(CommandContext& c, db::Connection& conn, const ActionContext& actor,
           const std::string& name) {
    FundSpec s;
    s.name = name;
    s.parent = c.args.get("--parent").value_or("");
    const std::string type = c.args.get("--type").value_or(
        c.args.has("--rate") || c.args.has("--per-unit") ? "accrual" : "fixed");
    if (type != "fixed" && type != "accrual") {
        throw UsageError("--type takes fixed or accrual");
    }
    s.accrual = type == "accrual";
    if (const auto r = c.args.get("--rate")) {
        s.rate = Percent::parse(*r).units();
    }
    if (const auto u = c.args.get("--per-unit")) {
        s.per_unit = amount_arg(*u);
    }
    s.brand = c.args.get("--brand").value_or("");
    s.account = c.args.get("--account").value_or("");
    s.channel = c.args.get("--channel").value_or("");
    s.region = c.args.get("--region").value_or("");
    s.valid_from = opt_date(c, "--from");
    s.valid_to = opt_date(c, "--to");
    if (const auto l = c.args.get("--cash-limit")) {
        s.cash_limit = amount_arg(*l);
    }
    s.owner = c.args.get("--owner").value_or("");
    create_fund(conn, actor, s);
    c.out << fmt::format("fund {} created ({})\n", name, type);
    return 0;
}

void print_figures(std::ostream& out, const FundFigures& f) {
    out << fmt::format(
        "allocated {}  accrued {}  transfers in {}  out {}  distributed {}\n"
        "budget {}  committed {}  actual {}  available {}  utilisation {}\n",
        format_minor(f.allocated), format_minor(f.accrued), format_minor(f.transfers_in),
        format_minor(f.transfers_out), format_minor(f.distributed), format_minor(f.budget()),
        format_minor(f.committed), format_minor(f.actual), format_minor(f.available()),
        utilisation_text(f).empty() ? "-" : utilisation_text(f) + " %");
}

int run_fund(CommandContext& c) {
    const std::string& sub = c.positional(0, "a fund command (create, allocate, transfer, ...)");
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    if (sub == "list") {
        c.out << "fund,parent,type,budget,committed,actual,available,utilisation_pct\n";
        for (const auto& r : budget_vs_actual(conn, {}, c.today())) {
            const FundFigures& f = r.figures;
            write_csv_row(
                c.out, {r.fund.name, r.fund.parent, r.fund.accrual ? "accrual" : "fixed",
                        format_minor(f.budget()), format_minor(f.committed), format_minor(f.actual),
                        format_minor(f.available()), utilisation_text(f)});
        }
        return 0;
    }
    if (sub == "transfers") {
        c.out << "id,from,to,amount,reason,requested_by,status,decided_by\n";
        for (const auto& t : list_transfer_requests(conn)) {
            write_csv_row(c.out, {std::to_string(t.id), t.from, t.to, format_minor(t.amount),
                                  t.reason, t.requested_by, t.status, t.decided_by});
        }
        return 0;
    }
    if (sub == "rules") {
        return run_fund_rules(c, conn, actor);
    }
    const std::string& name = c.positional(1, "NAME (a fund)");
    if (sub == "transfer-approve") {
        std::int64_t id = 0;
        try {
            id = std::stoll(name);
        } catch (const std::exception&) {
            throw UsageError(fmt::format("'{}' is not a transfer request number", name));
        }
        approve_transfer(conn, actor, id);
        c.out << fmt::format("transfer request {} approved and booked\n", id);
        return 0;
    }
    if (sub == "transfer-request") {
        const std::string& to = c.positional(2, "TO (the receiving fund)");
        const std::string& amount = c.positional(3, "AMOUNT");
        const auto reason = c.args.get("--reason");
        if (!reason) {
            throw UsageError("a transfer needs --reason TEXT");
        }
        const std::int64_t id =
            request_transfer(conn, actor, name, to, amount_arg(amount), *reason);
        c.out << fmt::format("transfer request {} waits for approval\n", id);
        return 0;
    }
    if (sub == "create") {
        return create(c, conn, actor, name);
    }
    if (sub == "show") {
        const auto f = find_fund(conn, name);
        if (!f) {
            throw UserError(fmt::format("unknown fund '{}'", name));
        }
        c.out << fmt::format("fund {} ({}){}\n", f->name, f->accrual ? "accrual" : "fixed",
                             f->parent.empty() ? "" : ", part of " + f->parent);
        print_figures(c.out, fund_figures(conn, f->id));
        return 0;
    }
    if (sub == "allocate") {
        const std::string& amount = c.positional(2, "AMOUNT");
        allocate(conn, actor, name, amount_arg(amount), c.args.get("--reason").value_or(""));
        c.out << fmt::format("allocated {} to {}\n", format_minor(amount_arg(amount)), name);
        return 0;
    }
    if (sub == "transfer") {
        const std::string& to = c.positional(2, "TO (the receiving fund)");
        const std::string& amount = c.positional(3, "AMOUNT");
        const auto reason = c.args.get("--reason");
        if (!reason) {
            throw UsageError("a transfer needs --reason TEXT");
        }
        std::optional<OverspendOverride> ovr;
        if (c.args.has("--override")) {
            ovr = OverspendOverride{*reason};
        }
        transfer(conn, actor, name, to, amount_arg(amount), *reason, ovr);
        c.out << fmt::format("transferred {} from {} to {}\n", format_minor(amount_arg(amount)),
                             name, to);
        return 0;
    }
    throw UsageError(fmt::format("unknown fund command '{}'", sub));
}

}  // namespace

void add_fund_commands(std::vector<Command>& out) {
    out.push_back(
        {"fund",
         "fund create|allocate|transfer|list|show|rules ...",
         "trade funds and their budgets",
         "fund create NAME [--parent NAME] [--type fixed|accrual] [--rate PCT | --per-unit A]\n"
         "     [--brand B] [--account A] [--channel C] [--region R] [--from DATE --to DATE]\n"
         "     [--cash-limit AMOUNT] [--owner USER]\n"
         "fund allocate NAME AMOUNT [--reason TEXT]   a child's allocation comes from its parent\n"
         "fund transfer FROM TO AMOUNT --reason TEXT [--override]\n"
         "fund transfer-request FROM TO AMOUNT --reason TEXT   above the approval limit\n"
         "fund transfer-approve ID | fund transfers             (another user approves)\n"
         "fund list | fund show NAME\n"
         "fund rules list | log | run [--dry-run]\n"
         "fund rules add NAME --schedule S [--condition JSON] --action JSON  (docs/formulas.md)",
         {{"--parent", true, "NAME"},
          {"--type", true, "fixed|accrual"},
          {"--rate", true, "PCT  accrual: % of gross sales"},
          {"--per-unit", true, "AMOUNT  accrual: per unit sold"},
          {"--brand", true, "NAME"},
          {"--account", true, "CODE"},
          {"--channel", true, "NAME"},
          {"--region", true, "NAME"},
          {"--from", true, "DATE"},
          {"--to", true, "DATE"},
          {"--cash-limit", true, "AMOUNT"},
          {"--owner", true, "USER"},
          {"--reason", true, "TEXT"},
          {"--override", false, "finance: accept an overspend (with --reason)"},
          {"--schedule", true, "on_close | on_date:YYYY-MM-DD | on_target"},
          {"--condition", true, "JSON  a rule's condition"},
          {"--action", true, "JSON  a rule's action"},
          {"--dry-run", false, "rules run: show what would fire, change nothing"}},
         run_fund});
}

}  // namespace uplift::cli
