#include "import_preview_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "import_wizard.h"
#include "text_conversions.h"

namespace uplift::app {

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard),
      wizard_(wizard),
      delimiter_(new QComboBox(this)),
      decimalMark_(new QComboBox(this)),
      encoding_(new QLabel(this)),
      problem_(new QLabel(this)),
      table_(new QTableWidget(this)) {
    setTitle(tr("Check the format"));
    setSubTitle(
        tr("The first rows as Uplift reads them. Change the separator or decimal mark "
           "if the columns look wrong."));
    delimiter_->setObjectName(QStringLiteral("importDelimiterCombo"));
    delimiter_->addItem(tr("Comma ( , )"), QStringLiteral(","));
    delimiter_->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    decimalMark_->setObjectName(QStringLiteral("importDecimalCombo"));
    decimalMark_->addItem(tr("Point: 1234.56"), static_cast<int>(DecimalMark::Point));
    decimalMark_->addItem(tr("Comma: 1234,56"), static_cast<int>(DecimalMark::Comma));
    decimalMark_->addItem(tr("Either, when unambiguous"), static_cast<int>(DecimalMark::Auto));
    problem_->setObjectName(QStringLiteral("importPreviewProblem"));
    problem_->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem_->setWordWrap(true);
    table_->setObjectName(QStringLiteral("importPreviewTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    // Row numbers would be mistaken for file lines (a quoted value may span lines).
    table_->verticalHeader()->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Separator:"), delimiter_);
    form->addRow(tr("&Decimal mark:"), decimalMark_);
    form->addRow(tr("Encoding:"), encoding_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(table_, 1);

    connect(delimiter_, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::optionsChanged);
    connect(decimalMark_, &QComboBox::currentIndexChanged, this,
            &ImportPreviewPage::optionsChanged);
}

void ImportPreviewPage::initializePage() {
    showPreview(wizard_->refreshPreview());
}

void ImportPreviewPage::optionsChanged() {
    if (updating_) {
        return;
    }
    ImportOptions& o = wizard_->options();
    o.delimiter = delimiter_->currentData().toString().at(0).toLatin1();
    o.decimal_mark = static_cast<DecimalMark>(decimalMark_->currentData().toInt());
    showPreview(wizard_->refreshPreview());
}

void ImportPreviewPage::showPreview(const QString& readError) {
    const FilePreview& p = wizard_->preview();
    {
        // Show what the core detected without treating it as the user's choice.
        const QSignalBlocker b1(delimiter_);
        const QSignalBlocker b2(decimalMark_);
        delimiter_->setCurrentIndex(delimiter_->findData(QString(QLatin1Char(p.delimiter))));
        decimalMark_->setCurrentIndex(decimalMark_->findData(static_cast<int>(p.decimal_mark)));
    }
    encoding_->setText(qs(p.encoding));

    QString problem = readError;
    if (problem.isEmpty() && p.problem) {
        problem = tr("Line %1: %2").arg(p.problem->line).arg(qs(p.problem->message));
    }
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    readable_ = readError.isEmpty() && !p.header.empty();

    table_->clear();
    table_->setColumnCount(static_cast<int>(p.header.size()));
    table_->setRowCount(static_cast<int>(p.rows.size()));
    QStringList headers;
    for (const auto& h : p.header) {
        headers << qs(h);
    }
    table_->setHorizontalHeaderLabels(headers);
    for (std::size_t r = 0; r < p.rows.size(); ++r) {
        for (std::size_t c = 0; c < p.rows[r].size() && c < p.header.size(); ++c) {
            table_->setItem(static_cast<int>(r), static_cast<int>(c),
                            new QTableWidgetItem(qs(p.rows[r][c])));
        }
    }
    table_->resizeColumnsToContents();
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const {
    return readable_;
}

}  // namespace uplift::app
