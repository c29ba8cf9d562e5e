#include "session_bar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "app_session.h"

namespace uplift::app {

SessionBar::SessionBar(QWidget* parent)
    : QWidget(parent), file_(new QLabel(this)), user_(new QLabel(this)), today_(new QLabel(this)) {
    setObjectName(QStringLiteral("sessionBar"));
    file_->setObjectName(QStringLiteral("sessionFileLabel"));
    user_->setObjectName(QStringLiteral("sessionUserLabel"));
    today_->setObjectName(QStringLiteral("sessionTodayLabel"));
    QFont big = file_->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    file_->setFont(big);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QWidget#sessionBar { border-bottom: 1px solid palette(mid); }"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(18);
    layout->addWidget(file_);
    layout->addStretch(1);
    layout->addWidget(user_);
    layout->addWidget(today_);
}

void SessionBar::showSession(AppSession* session) {
    if (session == nullptr) {
        file_->clear();
        user_->clear();
        today_->clear();
        return;
    }
    file_->setText(session->fileName());
    file_->setToolTip(QDir::toNativeSeparators(session->filePath()));
    user_->setText(
        tr("User: <b>%1</b> (%2)")
            .arg(session->userName().toHtmlEscaped(), session->roleTitles().toHtmlEscaped()));
    today_->setText(
        tr("Today: <b>%1</b>").arg(QLocale().toString(session->today(), QLocale::LongFormat)));
}

}  // namespace uplift::app
