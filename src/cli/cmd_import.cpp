// import, batches, rollback.
#include <fmt/format.h>

#include <ostream>

#include "command.h"
#include "errors.h"
#include "workflows/imports.h"

namespace uplift::cli {

namespace {

// "products, accounts, ...": from the core's list, so a new kind shows up in help and errors.
std::string kind_names() {
    std::string out;
    for (const ImportKind k : all_import_kinds()) {
        out += (out.empty() ? "" : ", ") + import_kind_name(k);
    }
    return out;
}

int run_import(CommandContext& c) {
    const std::string what = fmt::format("KIND ({})", kind_names());
    const std::string& kind_text = c.positional(0, what.c_str());
    const std::string& file = c.positional(1, "FILE");
    const auto kind = parse_import_kind(kind_text);
    if (!kind) {
        throw UsageError(fmt::format("unknown import kind '{}' ({})", kind_text, kind_names()));
    }
    if (c.args.positionals.size() > 2) {
        throw UsageError("import takes one KIND and one FILE");
    }
    ImportOptions options;
    if (const auto d = c.args.get("--delimiter")) {
        if (*d != "," && *d != ";") {
            throw UsageError("--delimiter takes ',' or ';'");
        }
        options.delimiter = (*d)[0];
    }
    if (const auto m = c.args.get("--decimal")) {
        if (*m == ".") {
            options.decimal_mark = DecimalMark::Point;
        } else if (*m == ",") {
            options.decimal_mark = DecimalMark::Comma;
        } else {
            throw UsageError("--decimal takes '.' or ','");
        }
    }
    db::Connection conn = c.open_db();
    const ActionContext actor = c.actor(conn);
    const ImportResult r = import_file(conn, actor, *kind, file, options);
    for (const auto& w : r.warnings) {
        c.err << "warning: " << file << ": " << w << "\n";
    }
    c.out << fmt::format("imported {}: batch {}, {} rows: {} inserted, {} updated, {} unchanged\n",
                         file, r.batch_id, r.rows, r.inserted, r.updated, r.unchanged);
    return 0;
}

int run_batches(CommandContext& c) {
    db::Connection conn = c.open_db();
    c.actor(conn);  // an unknown --user is refused like everywhere else
    c.out << "batch,kind,file,imported_at,user,inserted,updated,unchanged,status\n";
    for (const auto& b : list_batches(conn)) {
        std::string file = b.file_name;
        if (file.find_first_of(",\"\n") != std::string::npos) {
            std::string quoted = "\"";
            for (const char ch : file) {
                quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            }
            file = quoted + "\"";
        }
        c.out << fmt::format("{},{},{},{},{},{},{},{},{}\n", b.id, b.kind, file, b.imported_at,
                             b.user, b.inserted, b.updated, b.unchanged,
                             b.rolled_back ? "rolled_back" : "active");
    }
    return 0;
}

int run_rollback(CommandContext& c) {
    const std::string& text = c.positional(0, "BATCH (a batch number from 'batches')");
    std::int64_t id = 0;
    try {
        std::size_t used = 0;
        id = std::stoll(text, &used);
        if (used != text.size()) {
            throw std::invalid_argument(text);
        }
    } catch (const std::exception&) {
        throw UsageError(fmt::format("'{}' is not a batch number", text));
    }
    db::Connection conn = c.open_db();
    rollback_batch(conn, c.actor(conn), id);
    c.out << fmt::format("batch {} rolled back\n", id);
    return 0;
}

}  // namespace

void add_import_commands(std::vector<Command>& out) {
    out.push_back(
        {"import",
         "import KIND FILE",
         "import a CSV file as one batch (all rows or none)",
         fmt::format("KIND: {} (formats in docs/formats.md).\n", kind_names()) +
             "UTF-8 with or without BOM; ',' or ';' separated (detected); '.' decimals, or ','\n"
             "decimals in ';' files. Re-importing updates rows by their natural key and reports\n"
             "inserted / updated / unchanged. Any bad row refuses the whole file, naming line\n"
             "and column.",
         {{"--delimiter", true, "C  ',' or ';' (default: detected from the header)"},
          {"--decimal", true, "C  '.' or ',' (default: '.' for ',' files, either for ';')"}},
         run_import});
    out.push_back({"batches", "batches", "list import batches as CSV", "", {}, run_batches});
    out.push_back({"rollback",
                   "rollback BATCH",
                   "undo one import batch exactly",
                   "Rows the batch inserted are removed and rows it replaced are restored.\n"
                   "Refused when a later batch changed the same rows (roll that back first).",
                   {},
                   run_rollback});
}

}  // namespace uplift::cli
