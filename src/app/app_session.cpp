#include "app_session.h"

#include <QFileInfo>

#include "db/uplift_file.h"
#include "sync/rep_file_info.h"
#include "role_names.h"
#include "security/roles.h"
#include "text_conversions.h"

namespace uplift::app {

AppSession::AppSession(db::Connection conn, ActionContext actor, QString path)
    : conn_(std::move(conn)), actor_(std::move(actor)), path_(std::move(path)) {}

namespace {

// The user named on the command line, else the file's default: its rep in a rep file.
std::string actingUser(const SessionOptions& options, const std::string& repName) {
    if (!options.userName.isEmpty()) {
        return utf8(options.userName);
    }
    return repName.empty() ? std::string("admin") : repName;
}

}  // namespace

std::unique_ptr<AppSession> AppSession::open(const QString& path, const SessionOptions& options) {
    db::MigrationReport report;
    db::Connection conn = db::open_file(toPath(path), &report);
    // The core's test of a rep file (an export id), so the GUI and the rights agree.
    const auto rep = rep_file_info(conn);
    const std::string repName = rep ? rep->rep : std::string();
    ActionContext actor =
        load_actor(conn, actingUser(options, repName), toDate(options.today), nowIso());
    std::unique_ptr<AppSession> session(new AppSession(std::move(conn), std::move(actor), path));
    session->migrationBackup_ = fromPath(report.backup);
    session->repName_ = qs(repName);
    return session;
}

std::unique_ptr<AppSession> AppSession::create(const QString& path, const QString& currencyCode,
                                               const SessionOptions& options) {
    db::Connection conn = db::create_file(toPath(path), Currency(utf8(currencyCode)));
    ActionContext actor =
        load_actor(conn, actingUser(options, {}), toDate(options.today), nowIso());
    return std::unique_ptr<AppSession>(new AppSession(std::move(conn), std::move(actor), path));
}

ActionContext AppSession::action() const {
    ActionContext ctx = actor_;
    ctx.now = nowIso();
    return ctx;
}

QString AppSession::fileName() const {
    return QFileInfo(path_).fileName();
}

QString AppSession::currencyCode() {
    return qs(db::file_currency(conn_).code());
}

QString AppSession::userName() const {
    return qs(actor_.user_name);
}

QString AppSession::roleTitles() const {
    return RoleNames::titles(actor_.roles);
}

QDate AppSession::today() const {
    return toQDate(actor_.today);
}

bool AppSession::can(std::string_view right) {
    if (isRepFile() && right != "targets.edit" && right != "targets.edit_own") {
        return false;
    }
    return has_right(conn_, actor_, right);
}

bool AppSession::canImport(ImportKind kind) {
    return can(rights::import_right(import_kind_name(kind)));
}

bool AppSession::canImportAny() {
    for (const ImportKind k : all_import_kinds()) {
        if (canImport(k)) {
            return true;
        }
    }
    return false;
}

}  // namespace uplift::app
