#!/usr/bin/env python3
"""corpus.py — writes the corpus of roadmaps in layouts unlike ../shared/fixtures

Each document is written as HTML the way district offices lay out their orders
(column orders, two-row headers, split start and end dates, unnumbered and Roman
sections, context blocks, appendices, a status column), with its expected import
result in the fixtures' format (*.expected.json). LibreOffice turns the HTML into
.docx and .odt:

    python3 corpus.py && for f in corpus-*.html; do
      soffice --headless --infilter='HTML (StarWriter)' --convert-to docx "$f"
      soffice --headless --infilter='HTML (StarWriter)' --convert-to odt "$f"
    done

The texts come from the plans in ../shared/seeds and from other districts' plans,
retold; the expected values are what a reader of the document would type in.
"""
import html
import json
import os

HEAD = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"/><title>{title}</title>
<style>
@page {{ size: {page}; margin: 2cm 1.5cm 2cm 2cm }}
body {{ font-family: "Times New Roman"; font-size: 12pt }}
p {{ margin-top: 0cm; margin-bottom: 0cm }}
td {{ border: 1px solid black; vertical-align: top; padding: 2pt }}
table {{ border-collapse: collapse; width: 100% }}
</style></head><body>
"""
FIELDS = ("number", "title", "term", "responsible", "executors", "result", "evidence", "direction")


def esc(text):
    return html.escape(text, quote=False)


def para(text, bold=False, align=None):
    inner = "<b>%s</b>" % esc(text) if bold else esc(text)
    return "<p%s>%s</p>\n" % (' align="%s"' % align if align else "", inner)


def cell(text, bold=False, colspan=1, rowspan=1):
    attrs = (' colspan="%d"' % colspan if colspan > 1 else "") + (' rowspan="%d"' % rowspan if rowspan > 1 else "")
    paragraphs = text if isinstance(text, list) else [text]
    inner = "".join("<p>%s</p>" % ("<b>%s</b>" % esc(p) if bold else esc(p)) for p in paragraphs if p is not None)
    return "<td%s>%s</td>" % (attrs, inner)


def row(cells):
    return "<tr>" + "".join(cells) + "</tr>\n"


class Doc:
    """One document: its paragraphs and plan table as HTML, and what importing it
    must give. Cells are written in the order of `columns`; an activity's expected
    fields are the cells' texts unless given otherwise (expect=…)."""

    def __init__(self, name, columns, page="21cm 29.7cm"):
        self.name = name
        self.columns = columns
        self.page = page
        self.body = []
        self.rows = []
        self.sections = []
        self.expected = {"document": {"kind": None, "number": None, "date": None, "authority": None},
                         "title": None, "goal": None, "period": None, "tasks": [], "glossary": [],
                         "context": None, "indicators": []}

    def p(self, text, bold=False, align=None):
        self.body.append(para(text, bold, align))

    def header(self, *rows):
        self.rows.extend(rows)

    def section(self, text, number, title, style="merged", tasks=(), indicators=()):
        """A section row: merged across the table, or bold text in the title column alone."""
        if style == "merged":
            self.rows.append(row([cell(text, bold=True, colspan=len(self.columns))]))
        else:
            self.rows.append(row([cell(text, bold=True) if c == "title" else cell("") for c in self.columns]))
        self.sections.append({"number": number, "title": title, "tasks": list(tasks),
                              "indicators": list(indicators), "activities": [], "sections": []})

    def activity(self, expect=None, **cells):
        self.rows.append(row([cell(cells.get(c, "")) for c in self.columns]))
        if not self.sections:
            self.sections.append({"number": None, "title": None, "tasks": [], "indicators": [],
                                  "activities": [], "sections": []})
        values = {f: cells.get(f) or None for f in FIELDS}
        values["number_generated"] = False
        values.update(expect or {})
        self.sections[-1]["activities"].append(values)

    def raw(self, html_row):
        self.rows.append(html_row)

    def end_table(self):
        self.body.append("<table>\n" + "".join(self.rows) + "</table>\n")
        self.rows = []

    def write(self, directory):
        if self.rows:
            self.end_table()
        self.expected["sections"] = self.sections
        self.expected["activity_count"] = sum(len(s["activities"]) for s in self.sections)
        with open(os.path.join(directory, self.name + ".html"), "w", encoding="utf-8") as out:
            out.write(HEAD.format(title=esc(self.expected["title"] or self.name), page=self.page))
            out.write("".join(self.body))
            out.write("</body></html>\n")
        with open(os.path.join(directory, self.name + ".expected.json"), "w", encoding="utf-8") as out:
            json.dump(self.expected, out, ensure_ascii=False, indent=2)
            out.write("\n")


def headers(*texts):
    return row([cell(t, bold=True) for t in texts])


def skovorodino():
    """A district order with the plan as its appendix: merged numbered sections,
    activities numbered 1.1, a school year's terms."""
    d = Doc("corpus-skovorodino-2023", ["number", "title", "term", "responsible", "result"])
    d.p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ СКОВОРОДИНСКОГО МУНИЦИПАЛЬНОГО ОКРУГА", bold=True, align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("19.10.2023 № 356")
    d.p("г. Сковородино", align="center")
    d.p("Об утверждении дорожной карты по повышению качества образования в школах с низкими образовательными результатами")
    d.p("В целях реализации проекта адресной методической помощи «500+» в 2023-2024 учебном году приказываю:")
    d.p("1. Утвердить дорожную карту (приложение).")
    d.p("2. Контроль за исполнением приказа оставляю за собой.")
    d.p("Начальник управления образования Т.В. Коваленко")
    d.p("УТВЕРЖДЕНА приказом управления образования от 19.10.2023 № 356", align="right")
    d.p("Дорожная карта по повышению качества образования в школах с низкими образовательными результатами Сковородинского муниципального округа на 2023-2024 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "356", "date": "2023-10-19",
                     "authority": "Управление образования администрации Сковородинского муниципального округа"},
        "title": "Дорожная карта по повышению качества образования в школах с низкими образовательными результатами Сковородинского муниципального округа на 2023-2024 учебный год",
        "period": {"start": "2023-09-01", "end": "2024-08-31"},
    })
    d.header(headers("№ п/п", "Наименование мероприятия", "Сроки проведения", "Ответственные", "Ожидаемый результат"))
    d.section("1. Организационно-управленческие мероприятия", "1", "Организационно-управленческие мероприятия")
    d.activity(number="1.1", title="Назначение муниципального координатора проекта «500+»", term="Сентябрь 2023 г.",
               responsible="Управление образования", result="Приказ о назначении координатора")
    d.activity(number="1.2", title="Совещание с руководителями МБОУ СОШ № 3 г. Сковородино, МБОУ ООШ с. Джалинда по итогам оценки рисковых профилей",
               term="до 30.09.2023", responsible="Муниципальный координатор", result="Протокол совещания")
    d.activity(number="1.3", title="Разработка и утверждение школьных антирисковых программ", term="октябрь-ноябрь",
               responsible="Руководители ОО", result="Антирисковые программы размещены в ИС МЭДК")
    d.section("2. Методическое сопровождение", "2", "Методическое сопровождение")
    d.activity(number="2.1", title="Семинар для заместителей директоров «Анализ результатов ВПР»", term="2-я неделя ноября",
               responsible="Районный методический кабинет", result="Определены дефициты обучающихся")
    d.activity(number="2.2", title="Посещение уроков в 5-9 классах кураторами", term="в течение 2023-2024 учебного года",
               responsible="Кураторы, руководители ОО", result="Справки по итогам посещения")
    d.activity(number="2.3", title="Курсы повышения квалификации учителей математики и русского языка", term="I полугодие 2023-2024 учебного года",
               responsible="ГАУ ДПО «Амурский ОИРО»", result="Не менее 80% педагогов прошли обучение")
    d.section("3. Мониторинг", "3", "Мониторинг")
    d.activity(number="3.1", title="Мониторинг реализации дорожной карты (промежуточный и итоговый)", term="Декабрь, май",
               responsible="Управление образования", result="Аналитическая справка")
    d.activity(number="3.2", title="Анализ результатов ОГЭ и ЕГЭ в школах проекта", term="июнь-июль 2024 г.",
               responsible="Муниципальный координатор", result="Аналитическая справка")
    return d


def kirovsky():
    """A two-row header with start and end under «Сроки», Roman sections,
    activities numbered through the whole table, a calendar year."""
    d = Doc("corpus-kirovsky-2024", ["number", "title", "start", "end", "executors", "evidence"], page="29.7cm 21cm")
    d.p("АДМИНИСТРАЦИЯ КИРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True, align="center")
    d.p("КОМИТЕТ ПО ОБРАЗОВАНИЮ", bold=True, align="center")
    d.p("РАСПОРЯЖЕНИЕ", bold=True, align="center")
    d.p("от 15 января 2024 года № 12-р")
    d.p("Об утверждении плана мероприятий («дорожной карты») по работе со школами с низкими образовательными результатами на 2024 год", bold=True)
    d.p("1. Утвердить план мероприятий («дорожную карту») по работе со школами с низкими образовательными результатами на 2024 год (приложение).")
    d.p("2. Руководителям общеобразовательных организаций обеспечить выполнение плана.")
    d.p("Председатель комитета А.С. Горбунова")
    d.p("Приложение к распоряжению комитета по образованию от 15.01.2024 № 12-р", align="right")
    d.p("План мероприятий («дорожная карта») по работе со школами с низкими образовательными результатами на 2024 год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Распоряжение", "number": "12-р", "date": "2024-01-15",
                     "authority": "Комитет по образованию администрации Кировского муниципального района"},
        "title": "План мероприятий («дорожная карта») по работе со школами с низкими образовательными результатами на 2024 год",
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
    })
    d.header(row([cell("№", bold=True, rowspan=2), cell("Содержание работы", bold=True, rowspan=2),
                  cell("Сроки", bold=True, colspan=2), cell("Исполнители", bold=True, rowspan=2),
                  cell("Форма отчётности", bold=True, rowspan=2)]),
             row([cell("начало", bold=True), cell("окончание", bold=True)]))

    # «Исполнители», the only column naming people, is who answers for the activity
    def act(number, title, start, end, executors, evidence):
        d.activity(number=number, title=title, start=start, end=end, executors=executors, evidence=evidence,
                   expect={"number": number.rstrip("."), "term": "%s – %s" % (start, end),
                           "responsible": executors, "executors": None})

    d.section("I. Нормативно-правовое обеспечение", "I", "Нормативно-правовое обеспечение")
    act("1.", "Издание приказов о назначении школьных координаторов проекта", "15.01.2024", "31.01.2024",
        "МОУ «Кировская СОШ № 1», МОУ «Отрадненская СОШ № 2»", "Приказы ОО")
    act("2.", "Корректировка антирисковых программ по итогам оценки ФИОКО", "01.02.2024", "29.02.2024",
        "Руководители ОО", "Антирисковые программы")
    d.section("II. Организационно-методическое сопровождение", "II", "Организационно-методическое сопровождение")
    act("3.", "Методические семинары для учителей начальных классов", "март", "апрель",
        "ИМЦ", "Программа семинара, лист регистрации")
    act("4.", "Взаимопосещение уроков учителями школ-партнёров", "01.03.2024", "31.05.2024",
        "МОУ «Мгинская СОШ», МОУ «Шумская СОШ»", "Аналитическая справка")
    act("5.", "Консультации кураторов для административных команд", "февраль", "декабрь",
        "Кураторы проекта", "Журнал консультаций")
    d.section("III. Мониторинг", "III", "Мониторинг")
    act("6.", "Промежуточный мониторинг выполнения дорожной карты", "01.06.2024", "14.06.2024",
        "Комитет по образованию", "Отчёт в ИС МЭДК")
    act("7.", "Итоговый мониторинг выполнения дорожной карты", "01.11.2024", "29.11.2024",
        "Комитет по образованию", "Отчёт в ИС МЭДК")
    return d


def olginsky():
    """Context rows above the plan in the same table, a header cell naming two
    things, sections by direction of work, no numbers at all."""
    d = Doc("corpus-olginsky-2023", ["title", "term", "responsible", "result"])
    d.p("Муниципальное казённое учреждение «Управление образования Ольгинского муниципального округа»", align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("«05» сентября 2023 г. № 118-од")
    d.p("Об утверждении муниципальной дорожной карты по работе со школами с низкими образовательными результатами")
    d.p("Утвердить муниципальную дорожную карту по работе со школами с низкими образовательными результатами на 2023-2024 учебный год (приложение).")
    d.p("Муниципальная дорожная карта по работе со школами с низкими образовательными результатами на 2023-2024 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "118-од", "date": "2023-09-05",
                     "authority": "Муниципальное казённое учреждение «Управление образования Ольгинского муниципального округа»"},
        "title": "Муниципальная дорожная карта по работе со школами с низкими образовательными результатами на 2023-2024 учебный год",
        "period": {"start": "2023-09-01", "end": "2024-08-31"},
        "goal": "Повышение качества образования в школах с низкими результатами обучения за счёт адресной методической помощи.",
        "tasks": ["Выявить профессиональные дефициты педагогов ШНОР;",
                  "Организовать сетевое взаимодействие школ с высокими и низкими результатами;",
                  "Обеспечить мониторинг изменений в школах."],
        "context": "Актуализация: По итогам ВПР 2023 года две школы округа показали необъективные и низкие результаты.\n"
                   "Анализ рискового профиля: Высокий уровень риска у МКОУ СОШ с. Ольга по фактору «Низкий уровень оснащения школы».",
    })
    wide = len(d.columns) - 1
    d.raw(row([cell("Актуализация", bold=True), cell("По итогам ВПР 2023 года две школы округа показали необъективные и низкие результаты.", colspan=wide)]))
    d.raw(row([cell("Анализ рискового профиля", bold=True), cell("Высокий уровень риска у МКОУ СОШ с. Ольга по фактору «Низкий уровень оснащения школы».", colspan=wide)]))
    d.raw(row([cell("Цель", bold=True), cell("Повышение качества образования в школах с низкими результатами обучения за счёт адресной методической помощи.", colspan=wide)]))
    d.raw(row([cell("Задачи", bold=True), cell(["1. Выявить профессиональные дефициты педагогов ШНОР;",
                                                  "2. Организовать сетевое взаимодействие школ с высокими и низкими результатами;",
                                                  "3. Обеспечить мониторинг изменений в школах."], colspan=wide)]))
    d.header(row([cell(["Направление деятельности", "Наименование мероприятия"], bold=True), cell("Сроки", bold=True),
                  cell("Ответственные", bold=True), cell("Результат", bold=True)]))
    d.section("Диагностика профессиональных дефицитов", None, "Диагностика профессиональных дефицитов")
    d.activity(title="Анкетирование педагогов МКОУ СОШ с. Ольга и МКОУ ООШ п. Моряк-Рыболов", term="01.09. 31.10",
               responsible="Методист МКУ «УО»", result="Карта дефицитов", expect={"number": "1.1", "number_generated": True})
    d.activity(title="Диагностика предметных компетенций учителей математики", term="II четверть",
               responsible="ИРО ПК", result="Индивидуальные образовательные маршруты", expect={"number": "1.2", "number_generated": True})
    d.section("Сетевое взаимодействие", None, "Сетевое взаимодействие")
    d.activity(title="Заключение договоров о сетевом взаимодействии со школами-партнёрами", term="до 01.11.2023",
               responsible="Руководители ОО", result="Договоры о сотрудничестве", expect={"number": "2.1", "number_generated": True})
    d.activity(title="Открытые уроки учителей школы-партнёра", term="для педагогов: 11.10 01.11 2023 года; для руководителей 14.11. 01.12.",
               responsible="МБОУ СОШ № 1 пгт Ольга", result="Не менее 6 открытых уроков", expect={"number": "2.2", "number_generated": True})
    d.section("Мониторинг", None, "Мониторинг")
    d.activity(title="Мониторинг выполнения дорожной карты", term="II полугодие 2023-2024 учебного года",
               responsible="МКУ «УО»", result="Аналитическая справка", expect={"number": "3.1", "number_generated": True})
    return d


def lodeynoye():
    """Terms in the first column, a row numbering the columns, the header repeated
    on a new page, no sections and no numbers; the authority named in the text."""
    d = Doc("corpus-lodeynoye-2022", ["term", "title", "responsible", "evidence"])
    d.p("ОТДЕЛ ОБРАЗОВАНИЯ", bold=True, align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("от 28.02.2022 № 64")
    d.p("О реализации проекта «500+» в 2022 году")
    d.p("В целях оказания адресной методической помощи школам с низкими образовательными результатами приказываю:")
    d.p("1. Утвердить план-график мероприятий на 2022 год (приложение).")
    d.p("2. Отделу образования администрации Лодейнопольского муниципального района обеспечить методическое сопровождение школ.")
    d.p("3. Контроль исполнения приказа возложить на заместителя начальника отдела образования администрации Лодейнопольского муниципального района Смирнову Е.А.")
    d.p("План-график мероприятий проекта «500+» на 2022 год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "64", "date": "2022-02-28",
                     "authority": "Отдел образования администрации Лодейнопольского муниципального района"},
        "title": "План-график мероприятий проекта «500+» на 2022 год",
        "period": {"start": "2022-01-01", "end": "2022-12-31"},
    })
    d.header(headers("Срок", "Содержание", "Исполнитель", "Подтверждающий документ"), headers("1", "2", "3", "4"))

    def act(n, term, title, responsible, evidence):
        d.activity(term=term, title=title, responsible=responsible, evidence=evidence,
                   expect={"number": str(n), "number_generated": True})

    act(1, "Март", "Совещание с директорами школ-участниц проекта", "Отдел образования", "Протокол совещания")
    act(2, "15.03. 15.04.", "Самодиагностика школ по рисковым профилям", "МКОУ «Лодейнопольская СОШ № 3»", "Отчёт о самодиагностике")
    act(3, "Апрель-май 2022 г.", "Разработка концептуальных документов школ", "Руководители ОО", "Концептуальные документы в ИС МЭДК")
    d.raw(headers("Срок", "Содержание", "Исполнитель", "Подтверждающий документ"))
    act(4, "Июнь, ноябрь", "Мониторинг реализации антирисковых программ", "Отдел образования", "Аналитическая справка")
    act(5, "В течение года", "Консультации для кураторов и руководителей ОО", "Муниципальный координатор", "Журнал консультаций")
    act(6, "До 20 декабря 2022", "Подведение итогов участия в проекте", "Отдел образования", "Приказ об итогах")
    return d


def tikhvin():
    """Sections as «Раздел 1.», numbers with a closing dot, a status column,
    school quarters and weeks in the terms."""
    d = Doc("corpus-tikhvin-2024", ["number", "title", "term", "responsible", "status"])
    d.p("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ТИХВИНСКОГО РАЙОНА", bold=True, align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("от 02 сентября 2024 года № 412")
    d.p("Об утверждении дорожной карты «Повышение качества образования» на 2024-2025 учебный год")
    d.p("Приказываю утвердить дорожную карту (приложение 1).")
    d.p("Председатель комитета по образованию администрации Тихвинского района О.Н. Ипатова")
    d.p("Дорожная карта «Повышение качества образования» на 2024-2025 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "412", "date": "2024-09-02",
                     "authority": "Комитет по образованию администрации Тихвинского района"},
        "title": "Дорожная карта «Повышение качества образования» на 2024-2025 учебный год",
        "period": {"start": "2024-09-01", "end": "2025-08-31"},
    })
    d.header(headers("№ п/п", "Мероприятие", "Срок исполнения", "Ответственный", "Отметка о выполнении"))
    d.section("Раздел 1. Работа с педагогическими кадрами", "1", "Работа с педагогическими кадрами")
    d.activity(number="1.1.", title="Диагностика профессиональных дефицитов учителей", term="1-я неделя октября",
               responsible="ИМЦ", status="выполнено 04.10.2024", expect={"number": "1.1"})
    d.activity(number="1.2.", title="Стажировки учителей на базе школ с высокими результатами", term="II четверть",
               responsible="Руководители ОО", status="", expect={"number": "1.2"})
    d.activity(number="1.3.", title="Методический марафон «Читательская грамотность»", term="3-4 четверть",
               responsible="ИМЦ", status="перенесено на февраль", expect={"number": "1.3"})
    d.section("Раздел 2. Работа с обучающимися", "2", "Работа с обучающимися")
    d.activity(number="2.1.", title="Входная диагностика обучающихся 5 классов", term="вторая неделя сентября",
               responsible="Заместители директоров по УВР", status="выполнено", expect={"number": "2.1"})
    d.activity(number="2.2.", title="Пробные ОГЭ по математике и русскому языку", term="декабрь, март",
               responsible="Комитет по образованию", status="", expect={"number": "2.2"})
    d.section("Раздел 3. Мониторинг", "3", "Мониторинг")
    d.activity(number="3.1.", title="Промежуточный и итоговый мониторинг выполнения дорожной карты", term="январь, июнь 2025 г.",
               responsible="Комитет по образованию", status="", expect={"number": "3.1"})
    return d


def priozersk():
    """Sections as bold text alone in the title column, activities numbered
    through the table, a direction column."""
    d = Doc("corpus-priozersk-2023", ["number", "direction", "title", "term", "responsible", "result"], page="29.7cm 21cm")
    d.p("АДМИНИСТРАЦИЯ ПРИОЗЕРСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True, align="center")
    d.p("КОМИТЕТ ОБРАЗОВАНИЯ", bold=True, align="center")
    d.p("РАСПОРЯЖЕНИЕ", bold=True, align="center")
    d.p("от 10.02.2023 № 45-р")
    d.p("Об утверждении плана работы со школами с низкими результатами обучения на 2023 год")
    d.p("План работы со школами с низкими результатами обучения на 2023 год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Распоряжение", "number": "45-р", "date": "2023-02-10",
                     "authority": "Комитет образования администрации Приозерского муниципального района"},
        "title": "План работы со школами с низкими результатами обучения на 2023 год",
        "period": {"start": "2023-01-01", "end": "2023-12-31"},
    })
    d.header(headers("№", "Направления деятельности", "Мероприятия", "Сроки реализации", "Ответственные", "Планируемый результат"))
    d.section("Управление", None, "Управление", style="bold")
    d.activity(number="1", direction="Нормативное обеспечение", title="Приказ о назначении кураторов школ", term="февраль",
               responsible="Комитет образования", result="Кураторы назначены")
    d.activity(number="2", direction="Аналитическая деятельность", title="Анализ результатов ВПР весны 2023 года", term="до 30 июня 2023 года",
               responsible="Муниципальная методическая служба", result="Аналитическая справка")
    d.section("Методическая поддержка", None, "Методическая поддержка", style="bold")
    d.activity(number="3", direction="Повышение квалификации", title="Курсы для учителей по формированию функциональной грамотности", term="III квартал",
               responsible="ЛОИРО", result="Удостоверения о повышении квалификации")
    d.activity(number="4", direction="Наставничество", title="Закрепление наставников за молодыми педагогами", term="сентябрь-октябрь",
               responsible="Руководители ОО", result="Приказы ОО о наставничестве")
    d.activity(number="5", direction="Наставничество", title="Методический день в МОУ «Сосновский ЦО»", term="1 раз в квартал",
               responsible="МОУ «Сосновский ЦО»", result="Материалы методического дня")
    return d


def gatchina():
    """The goal, tasks and indicators as paragraphs above the table; a
    participants column beside the responsible."""
    d = Doc("corpus-gatchina-2023", ["number", "title", "term", "responsible", "participants"])
    d.p("КОМИТЕТ ОБРАЗОВАНИЯ ГАТЧИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True, align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("31.08.2023 № 04-20/571")
    d.p("Об утверждении муниципальной программы поддержки школ с низкими результатами обучения на 2023-2024 учебный год")
    d.p("Муниципальная программа поддержки школ с низкими результатами обучения на 2023-2024 учебный год", bold=True, align="center")
    d.p("Цель: создание условий для повышения качества образования в школах с низкими результатами обучения.")
    d.p("Задачи:")
    d.p("1) выявить причины низких результатов обучения;")
    d.p("2) обеспечить методическую поддержку педагогов;")
    d.p("3) организовать обмен опытом между школами.")
    d.p("Показатели:")
    d.p("– не менее 80% педагогов ШНОР прошли повышение квалификации;")
    d.p("– 100% ШНОР реализуют антирисковые программы.")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "04-20/571", "date": "2023-08-31",
                     "authority": "Комитет образования Гатчинского муниципального района"},
        "title": "Муниципальная программа поддержки школ с низкими результатами обучения на 2023-2024 учебный год",
        "period": {"start": "2023-09-01", "end": "2024-08-31"},
        "goal": "создание условий для повышения качества образования в школах с низкими результатами обучения.",
        "tasks": ["выявить причины низких результатов обучения;", "обеспечить методическую поддержку педагогов;",
                  "организовать обмен опытом между школами."],
        "indicators": ["не менее 80% педагогов ШНОР прошли повышение квалификации;",
                       "100% ШНОР реализуют антирисковые программы."],
    })
    d.header(headers("№ п/п", "Мероприятия", "Срок", "Ответственные", "Участники"))
    d.activity(number="1", title="Установочное совещание с руководителями ШНОР", term="сентябрь 2023 г.",
               responsible="Комитет образования", participants="Руководители ШНОР")
    d.activity(number="2", title="Единый методический день «Эффективный урок»", term="в течение 1 четверти",
               responsible="Информационно-методический центр", participants="Учителя-предметники")
    d.activity(number="3", title="Сетевые консультации по подготовке к ГИА", term="ежемесячно, с октября по май",
               responsible="Информационно-методический центр", participants="Учителя 9, 11 классов")
    d.activity(number="4", title="Фестиваль открытых уроков", term="III четверть",
               responsible="МБОУ «Гатчинская СОШ № 4»", participants="Педагоги ШНОР")
    d.activity(number="5", title="Итоговая конференция «Школы, которые изменились»", term="май 2024 года",
               responsible="Комитет образования", participants="Участники проекта")
    return d


def volosovo():
    """The plan followed by an appendix listing the schools with their cluster:
    the plan table is chosen, the list is not read as activities."""
    d = Doc("corpus-volosovo-2024", ["number", "title", "term", "responsible", "result"])
    d.p("КОМИТЕТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ВОЛОСОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True, align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("от 22 января 2024 г. № 19")
    d.p("Об утверждении дорожной карты по переходу школ в эффективный режим работы в 2024 году")
    d.p("Приложение 1", align="right")
    d.p("Дорожная карта по переходу школ в эффективный режим работы в 2024 году", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "19", "date": "2024-01-22",
                     "authority": "Комитет образования администрации Волосовского муниципального района"},
        "title": "Дорожная карта по переходу школ в эффективный режим работы в 2024 году",
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
    })
    d.header(headers("№ п/п", "Наименование мероприятия (краткое содержание)", "Срок(и) реализации", "Ответственный(е)", "Ожидаемый результат"))
    d.activity(number="1.", title="Формирование муниципальной команды проекта", term="январь",
               responsible="Комитет образования", result="Приказ о составе команды", expect={"number": "1"})
    d.activity(number="2.", title="Анализ рисковых профилей школ по данным ФИОКО", term="до 15.02.2024",
               responsible="Муниципальный координатор", result="Аналитическая справка", expect={"number": "2"})
    d.activity(number="3.", title="Выездные консультации в МОУ «Калитинская СОШ» и МОУ «Бегуницкая СОШ»", term="1-2 неделя марта",
               responsible="Кураторы", result="Рекомендации по корректировке программ", expect={"number": "3"})
    d.activity(number="4.", title="Мониторинг реализации программ (промежуточный и итоговый)", term="июнь, ноябрь",
               responsible="Комитет образования", result="Отчёт в ИС МЭДК", expect={"number": "4"})
    d.end_table()
    d.p("Приложение 2", align="right")
    d.p("Список школ, участвующих в проекте в 2024 году", bold=True, align="center")
    d.expected["listed_schools"] = [{"school": "МОУ «Калитинская СОШ»", "category": "ШФЗСОР", "year": 2024},
                                    {"school": "МОУ «Бегуницкая СОШ»", "category": "ШПУН", "year": 2024},
                                    {"school": "МОУ «Сабская ООШ»", "category": "ШЛ", "year": 2024}]
    d.raw(headers("№", "Наименование ОО", "Кластеризация"))
    d.raw(row([cell("1"), cell("МОУ «Калитинская СОШ»"), cell("ШФЗСОР")]))
    d.raw(row([cell("2"), cell("МОУ «Бегуницкая СОШ»"), cell("ШПУН")]))
    d.raw(row([cell("3"), cell("МОУ «Сабская ООШ»"), cell("ШЛ")]))
    d.end_table()
    return d


def luga():
    """Responsible people at two levels (district and school), results and the
    form in which they are reported."""
    d = Doc("corpus-luga-2023", ["number", "title", "term", "responsible", "executors", "result", "evidence"], page="29.7cm 21cm")
    d.p("КОМИТЕТ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЛУЖСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True, align="center")
    d.p("РАСПОРЯЖЕНИЕ", bold=True, align="center")
    d.p("«27» сентября 2023 года № 305-р")
    d.p("Об утверждении муниципального плана мероприятий по повышению качества образования на 2023-2024 учебный год")
    d.p("Муниципальный план мероприятий по повышению качества образования на 2023-2024 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Распоряжение", "number": "305-р", "date": "2023-09-27",
                     "authority": "Комитет образования администрации Лужского муниципального района"},
        "title": "Муниципальный план мероприятий по повышению качества образования на 2023-2024 учебный год",
        "period": {"start": "2023-09-01", "end": "2024-08-31"},
    })
    d.header(headers("№ п/п", "Мероприятие", "Срок", "Ответственные исполнители на муниципальном уровне",
                     "Ответственные исполнители на уровне ОО", "Ожидаемый результат", "Форма предоставления результатов"))
    d.section("1. Повышение квалификации", "1", "Повышение квалификации")
    d.activity(number="1.1", title="Курсы по работе с обучающимися с трудностями в обучении", term="октябрь-декабрь 2023 г.",
               responsible="Методический отдел", executors="Заместители директоров МОУ «Лужская СОШ № 5», МОУ «Оредежская СОШ»",
               result="Обучено не менее 20 педагогов", evidence="Список слушателей")
    d.activity(number="1.2", title="Семинар-практикум «Формирующее оценивание»", term="3 неделя ноября",
               responsible="Методический отдел", executors="Руководители ШМО", result="Методические рекомендации",
               evidence="Программа, презентации")
    d.section("2. Оценка качества", "2", "Оценка качества")
    d.activity(number="2.1", title="Муниципальная диагностическая работа по математике в 8 классах", term="18-19.10.2023",
               responsible="Отдел оценки качества", executors="Учителя математики", result="Выявлены дефициты обучающихся",
               evidence="Протоколы проверки")
    d.activity(number="2.2", title="Анализ результатов ВПР и ОГЭ", term="по итогам I полугодия",
               responsible="Отдел оценки качества", executors="Заместители директоров по УВР", result="Аналитическая справка",
               evidence="Справка на сайте комитета")
    return d


def kingisepp():
    """A school's own plan: sections numbered in the first column with their title
    in the next, a list of abbreviations before the table."""
    d = Doc("corpus-kingisepp-school-2023", ["number", "title", "term", "responsible", "result", "status"])
    d.p("Муниципальное бюджетное общеобразовательное учреждение «Кингисеппская средняя общеобразовательная школа № 5»", align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("от 01.09.2023 № 201/1")
    d.p("Об утверждении плана мероприятий антирисковой программы")
    d.p("Используемые сокращения:")
    d.p("ВСОКО – внутренняя система оценки качества образования;")
    d.p("ШМО – школьное методическое объединение.")
    d.p("Анализ рискового профиля: по результатам ФИОКО у школы высокий фактор риска по показателю «Высокая доля обучающихся "
        "с рисками учебной неуспешности»; средний фактор риска в трёх показателях: «Низкая учебная мотивация обучающихся», "
        "«Низкий уровень вовлеченности родителей», «Дефицит педагогических кадров»; по остальным показателям — низкий.")
    d.p("План мероприятий антирисковой программы «Высокая доля обучающихся с рисками учебной неуспешности» на 2023-2024 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "201/1", "date": "2023-09-01",
                     "authority": "Муниципальное бюджетное общеобразовательное учреждение «Кингисеппская средняя общеобразовательная школа № 5»"},
        "title": "План мероприятий антирисковой программы «Высокая доля обучающихся с рисками учебной неуспешности» на 2023-2024 учебный год",
        "period": {"start": "2023-09-01", "end": "2024-08-31"},
        "glossary": [{"abbr": "ВСОКО", "meaning": "внутренняя система оценки качества образования"},
                     {"abbr": "ШМО", "meaning": "школьное методическое объединение"}],
        "stated_risks": [{"school": "Муниципальное бюджетное общеобразовательное учреждение «Кингисеппская средняя общеобразовательная школа № 5»",
                          "year": 2023,
                          "levels": [{"factor": "Высокая доля обучающихся с рисками учебной неуспешности", "level": "high"},
                                     {"factor": "Низкая учебная мотивация обучающихся", "level": "medium"},
                                     {"factor": "Низкий уровень вовлеченности родителей", "level": "medium"},
                                     {"factor": "Дефицит педагогических кадров", "level": "medium"}]}],
    })
    d.header(headers("№", "Мероприятие", "Сроки", "Ответственный", "Планируемый результат", "Отметка о выполнении"))

    def section(number, title):
        d.raw(row([cell(number, bold=True), cell(title, bold=True), cell(""), cell(""), cell(""), cell("")]))
        d.sections.append({"number": number.rstrip("."), "title": title, "tasks": [], "indicators": [],
                           "activities": [], "sections": []})

    section("1.", "Диагностика")
    d.activity(number="1.1", title="Стартовая диагностика обучающихся 2-9 классов", term="15.09. 30.09.",
               responsible="Заместитель директора по УВР", result="Списки обучающихся группы риска", status="выполнено")
    d.activity(number="1.2", title="Анкетирование родителей обучающихся группы риска", term="октябрь",
               responsible="Классные руководители", result="Аналитическая справка", status="")
    section("2.", "Работа с обучающимися")
    d.activity(number="2.1", title="Индивидуальные консультации для обучающихся группы риска", term="еженедельно (по средам)",
               responsible="Учителя-предметники", result="Снижение доли неуспевающих", status="")
    d.activity(number="2.2", title="Внеурочный курс «Учусь учиться» для 5 классов", term="в течение учебного года",
               responsible="Педагог-психолог", result="Сформированы навыки самоорганизации", status="")
    section("3.", "Контроль")
    d.activity(number="3.1", title="Контроль успеваемости по итогам четвертей в рамках ВСОКО", term="1, 2, 3, 4 четверть",
               responsible="Заместитель директора по УВР", result="Справки по итогам четвертей", status="")
    return d


def podporozhye():
    """«Период» and «Дата» headers, the title column last but one, Roman
    sections with sub-sections numbered 1.1 and activities 1.1.1."""
    d = Doc("corpus-podporozhye-2024", ["number", "term", "title", "responsible"])
    d.p("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ПОДПОРОЖСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", bold=True, align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("от 09.01.2024 № 3")
    d.p("Об утверждении плана-графика на 2024 год")
    d.p("План-график работы со школами с низкими образовательными результатами на 2024 год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "3", "date": "2024-01-09",
                     "authority": "Отдел образования администрации Подпорожского муниципального района"},
        "title": "План-график работы со школами с низкими образовательными результатами на 2024 год",
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
    })
    d.header(headers("№ п/п", "Период", "Содержание деятельности", "Ответственный"))
    d.section("I. Организационная работа", "I", "Организационная работа")
    d.activity(number="1", term="январь", title="Утверждение состава муниципальной рабочей группы", responsible="Отдел образования")
    d.activity(number="2", term="I квартал 2024 г.", title="Обновление антирисковых программ школ", responsible="Руководители ОО")
    d.section("II. Методическая работа", "II", "Методическая работа")
    d.activity(number="3", term="февраль – апрель", title="Цикл вебинаров для учителей начальных классов", responsible="Районный методический кабинет")
    d.activity(number="4", term="с 01.03.2024", title="Работа школьных команд по программам наставничества", responsible="Руководители ОО")
    d.activity(number="5", term="2 полугодие", title="Публичный отчёт школ о результатах работы", responsible="Руководители ОО")
    return d



def shimsk():
    """No order, only the plan: a heading in three lines, a title row inside the
    table, «Раздел I. Направление: …», a sub-activity 1.1.1, a term in two
    paragraphs, a notes column."""
    d = Doc("corpus-shimsk-2024", ["number", "title", "term", "responsible", "result", "notes"])
    d.p("ДОРОЖНАЯ КАРТА", bold=True, align="center")
    d.p("по повышению качества образования в МО «Шимский район»", bold=True, align="center")
    d.p("на 2024 – 2025 учебный год", bold=True, align="center")
    d.expected.update({
        "title": "ДОРОЖНАЯ КАРТА по повышению качества образования в МО «Шимский район» на 2024 – 2025 учебный год",
        "period": {"start": "2024-09-01", "end": "2025-08-31"},
    })
    d.raw(row([cell("Мероприятия дорожной карты", bold=True, colspan=6)]))
    d.header(row([cell(["№", "п/п"], bold=True), cell(["Наименование", "мероприятия"], bold=True), cell(["Срок", "исполнения"], bold=True),
                  cell("Ответственный", bold=True), cell("Результат", bold=True), cell("Примечание", bold=True)]))
    d.section("Раздел I. Направление: Методическая работа", "I", "Методическая работа")
    d.activity(number="1.1.", title="Заседание муниципальной рабочей группы", term=["Сентябрь", "Декабрь"],
               responsible="Петрова А.А., методист", result="Протокол", notes="по согласованию",
               expect={"number": "1.1", "term": "Сентябрь Декабрь"})
    d.activity(number="1.1.1.", title="Подготовка повестки заседания", term="до 10.09.2024", responsible="Петрова А.А.",
               result="Повестка", expect={"number": "1.1.1"})
    d.activity(number="1.2.", title="Обучающий семинар «Работа с одарёнными детьми»", term="в течение II полугодия",
               responsible="Районный методический кабинет", result="Лист регистрации", expect={"number": "1.2"})
    d.section("Раздел II. Направление: Работа с родителями", "II", "Работа с родителями")
    d.activity(number="2.1.", title="Родительские собрания по вопросам ГИА", term="октябрь, февраль",
               responsible="Руководители ОО", result="Протоколы собраний", expect={"number": "2.1"})
    d.end_table()
    d.p("Исполнитель: Петрова А.А., тел. 8(81656)5-42-31")
    return d


def nizhneudinsk():
    """Only the appendix of the order, «Приложение № 1 к приказу МКУ …»; section
    numbers in their own cell; a target group and a form of control."""
    d = Doc("corpus-nizhneudinsk-2023", ["number", "title", "term", "responsible", "participants", "evidence"])
    d.p("Приложение № 1", align="right")
    d.p("к приказу МКУ «Управление образования» Нижнеудинского муниципального образования", align="right")
    d.p("от 14.09.2023 г. № 487", align="right")
    d.p("План мероприятий («дорожная карта») по повышению качества образования в общеобразовательных организациях Нижнеудинского района на 2023-2024 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "487", "date": "2023-09-14",
                     "authority": "МКУ «Управление образования» Нижнеудинского муниципального образования"},
        "title": "План мероприятий («дорожная карта») по повышению качества образования в общеобразовательных организациях Нижнеудинского района на 2023-2024 учебный год",
        "period": {"start": "2023-09-01", "end": "2024-08-31"},
    })
    d.header(headers("№", "Содержание деятельности", "Срок реализации", "Ответственные", "Целевая группа", "Форма контроля"))

    def section(number, title):
        d.raw(row([cell(number, bold=True), cell(title, bold=True, colspan=5)]))
        d.sections.append({"number": number.rstrip("."), "title": title, "tasks": [], "indicators": [],
                           "activities": [], "sections": []})

    section("1.", "Организационно-методическое обеспечение")
    d.activity(number="1.1", title="Анализ результатов ГИА-2023", term="август-сентябрь 2023 г.", responsible="Методисты МКУ «УО»",
               participants="Руководители ОО", evidence="Аналитическая справка")
    d.activity(number="1.2", title="Совещание руководителей ОО «Итоги ГИА-2023 и задачи на новый учебный год»", term="сентябрь 2023",
               responsible="Начальник МКУ «УО»", participants="Руководители ОО", evidence="Протокол")
    section("2.", "Работа с педагогами")
    d.activity(number="2.1", title="Курсы повышения квалификации", term="по графику ИРО", responsible="Руководители ОО",
               participants="Учителя-предметники", evidence="Удостоверения")
    d.activity(number="2.2", title="Мастер-классы учителей-победителей конкурсов", term="ноябрь 2023, март 2024",
               responsible="Методисты МКУ «УО»", participants="Молодые педагоги", evidence="Отчёт")
    return d


def chudovo():
    """Approved by a signature («УТВЕРЖДАЮ»), not by an order; «Дата проведения»
    and a column of places that is no field of a plan."""
    d = Doc("corpus-chudovo-2024", ["number", "title", "term", "place", "responsible"])
    for line in ("УТВЕРЖДАЮ", "Начальник отдела образования", "администрации Чудовского муниципального района",
                 "_________ Н.В. Орлова", "«10» января 2024 г."):
        d.p(line, align="right")
    d.p("Перечень мероприятий по реализации проекта «500+» в Чудовском районе в 2024 году", bold=True, align="center")
    d.expected.update({
        "document": {"kind": None, "number": None, "date": None,
                     "authority": "Отдел образования администрации Чудовского муниципального района"},
        "title": "Перечень мероприятий по реализации проекта «500+» в Чудовском районе в 2024 году",
        "period": {"start": "2024-01-01", "end": "2024-12-31"},
    })
    d.header(headers("№ п/п", "Мероприятие", "Дата проведения", "Место проведения", "Ответственный"))
    d.activity(number="1", title="Муниципальный семинар «Эффективный урок»", term="20.02.2024", place="МАОУ «СОШ № 1»", responsible="Орлова Н.В.")
    d.activity(number="2", title="Круглый стол для заместителей директоров", term="март 2024 г.", place="Отдел образования", responsible="Козлова Т.М.")
    d.activity(number="3", title="Муниципальная олимпиада для 4 классов", term="15-19 апреля", place="ОО района", responsible="Козлова Т.М.")
    d.activity(number="4", title="Анализ выполнения дорожных карт ОО", term="июнь, декабрь", place="Отдел образования", responsible="Орлова Н.В.")
    return d



def tosno():
    """«УТВЕРЖДЕН приказом …» above the plan, a direction column merged down over its
    activities, a row numbering the columns, sections «Задача 1.», and a row cut by a
    page break that goes on in lower case."""
    d = Doc("corpus-tosno-2024", ["direction", "number", "title", "term", "responsible"])
    d.p("УТВЕРЖДЕН", align="right")
    d.p("приказом отдела образования", align="right")
    d.p("от 05.09.2024 № 210", align="right")
    d.p("План мероприятий по повышению качества образования на 2024-2025 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "210", "date": "2024-09-05", "authority": "Отдел образования"},
        "title": "План мероприятий по повышению качества образования на 2024-2025 учебный год",
        "period": {"start": "2024-09-01", "end": "2025-08-31"},
    })
    d.header(headers("Направление", "№", "Мероприятие", "Срок", "Ответственный"), headers("1", "2", "3", "4", "5"))
    d.section("Задача 1. Повысить профессиональные компетенции педагогов", "1", "Повысить профессиональные компетенции педагогов")

    def expect(number, title, term, responsible, direction):
        d.sections[-1]["activities"].append({"number": number, "title": title, "term": term, "responsible": responsible,
                                             "executors": None, "result": None, "evidence": None,
                                             "direction": direction, "number_generated": False})

    d.raw(row([cell("Методическая работа", rowspan=2), cell("1.1."), cell("Семинар «Функциональная грамотность»"),
               cell("3 неделя октября"), cell("ИМЦ")]))
    expect("1.1", "Семинар «Функциональная грамотность»", "3 неделя октября", "ИМЦ", "Методическая работа")
    d.raw(row([cell("1.2."), cell("Открытые уроки в школах с низкими результатами"), cell("ноябрь"), cell("Руководители ОО")]))
    expect("1.2", "Открытые уроки в школах с низкими результатами", "ноябрь", "Руководители ОО", "Методическая работа")
    d.raw(row([cell("Курсы"), cell("1.3."), cell("Курсы повышения квалификации для учителей"), cell("в течение года"), cell("ИМЦ")]))
    d.raw(row([cell(""), cell(""), cell("математики и физики"), cell(""), cell("")]))
    expect("1.3", "Курсы повышения квалификации для учителей математики и физики", "в течение года", "ИМЦ", "Курсы")
    d.section("Задача 2. Организовать мониторинг", "2", "Организовать мониторинг")
    d.raw(row([cell("Мониторинг"), cell("2.1."), cell("Мониторинг качества подготовки к ГИА"), cell("декабрь, май"), cell("Отдел образования")]))
    expect("2.1", "Мониторинг качества подготовки к ГИА", "декабрь, май", "Отдел образования", "Мониторинг")
    return d



def gimnazia():
    """A school's own plan: its risk profile as a small table before the plan,
    and the plan's heading between the two tables."""
    d = Doc("corpus-gimnazia-2024", ["number", "title", "term", "responsible"])
    d.p("Муниципальное общеобразовательное учреждение «Гимназия № 2»", align="center")
    d.p("ПРИКАЗ", bold=True, align="center")
    d.p("от 02.09.2024 № 77")
    d.p("Рисковый профиль школы по данным ФИОКО", bold=True)
    d.raw(headers("Фактор риска", "Уровень риска"))
    d.raw(row([cell("Низкий уровень оснащения школы"), cell("средний")]))
    d.raw(row([cell("Дефицит педагогических кадров"), cell("Высокий")]))
    d.raw(row([cell("Низкая учебная мотивация обучающихся"), cell("низкий")]))
    d.end_table()
    d.p("Дорожная карта на 2024-2025 учебный год", bold=True, align="center")
    d.expected.update({
        "document": {"kind": "Приказ", "number": "77", "date": "2024-09-02",
                     "authority": "Муниципальное общеобразовательное учреждение «Гимназия № 2»"},
        "title": "Дорожная карта на 2024-2025 учебный год",
        "period": {"start": "2024-09-01", "end": "2025-08-31"},
        "stated_risks": [{"school": "Муниципальное общеобразовательное учреждение «Гимназия № 2»", "year": 2024,
                          "levels": [{"factor": "Низкий уровень оснащения школы", "level": "medium"},
                                     {"factor": "Дефицит педагогических кадров", "level": "high"},
                                     {"factor": "Низкая учебная мотивация обучающихся", "level": "low"}]}],
    })
    d.header(headers("№", "Мероприятие", "Срок", "Ответственный"))
    d.activity(number="1", title="Закупка интерактивного оборудования для кабинетов физики и химии", term="до 01.12.2024", responsible="Директор")
    d.activity(number="2", title="Привлечение молодых специалистов по программе «Земский учитель»", term="II полугодие", responsible="Директор")
    d.activity(number="3", title="Наставничество для педагогов со стажем до 3 лет", term="в течение учебного года", responsible="Заместитель директора по УВР")
    return d


DOCUMENTS = [skovorodino, kirovsky, olginsky, lodeynoye, tikhvin, priozersk, gatchina, volosovo, luga, kingisepp, podporozhye,
             shimsk, nizhneudinsk, chudovo, tosno, gimnazia]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for make in DOCUMENTS:
        make().write(here)
