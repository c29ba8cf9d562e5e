#pragma once
// Writes a file's data in the interchange formats of SPEC §9, so that importing the files into
// a new file gives the same master data, prices, promotions, actuals, targets and inventory.
// `uplift-cli demo --csv` uses it; so can any user who moves data to another tool.
#include <filesystem>
#include <string>
#include <vector>

#include "calendar/calendar.h"

namespace uplift {
namespace db {
class Connection;
}

struct ExportedFile {
    std::string name;  // "actuals.csv"
    std::int64_t rows = 0;
};

// Writes products.csv, accounts.csv, prices.csv, promotions.csv, actuals.csv, targets.csv and
// inventory.csv into `dir` (created if missing; existing files of those names are replaced),
// in the order they must be imported. What §9 cannot carry is left out and said in
// docs/formats.md: promotions keep their % discount and fixed cost (other tactic kinds, funds
// and scenarios stay behind); cancelled and rejected ones are not written; an approved
// promotion becomes `closed` once its in-store period has ended on `today`, `submitted` before.
// Actuals come in the table's key order (account, sku, week), streamed with flat memory.
std::vector<ExportedFile> export_interchange_files(db::Connection& conn,
                                                   const std::filesystem::path& dir, Date today);

}  // namespace uplift
