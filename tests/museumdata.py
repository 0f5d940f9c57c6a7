"""A museum's export in the layout of Tate's published collection data (github.com/tate/collection,
``artwork_data.csv``, CC0): the same columns, in the same order, with rows like its first ones;
and the same with Russian headers. Shared by the command-line and window tests."""
from __future__ import annotations

import csv
import io

TATE_HEADERS = ["id", "accession_number", "artist", "artistRole", "artistId", "title", "dateText",
                "medium", "creditLine", "year", "acquisitionYear", "dimensions", "width", "height",
                "depth", "units", "inscription", "thumbnailCopyright", "thumbnailUrl", "url"]
RUSSIAN_HEADERS = ["ID", "Инвентарный номер", "Автор", "Роль", "ID автора", "Название", "Датировка",
                   "Техника", "Поступление", "Год", "Год поступления", "Размеры", "Ширина", "Высота",
                   "Глубина", "Единицы", "Надпись", "Права на снимок", "Снимок", "Адрес"]
ROWS = [
    ["1035", "A00001", "Blake, Robert", "artist", "38",
     "A Figure Bowing before a Seated Old Man with his Arm Outstretched in Benediction", "c.1785",
     "Watercolour, ink, chalk and graphite on paper", "Presented by Mrs John Richmond 1922", "1785",
     "1922", "support: 394 x 419 mm", "394", "419", "", "mm", "", "", "", ""],
    ["1036", "A00002", "Blake, Robert", "artist", "38", "Two Drawings of Frightened Figures",
     "1826-7", "Graphite on paper", "Presented by Mrs John Richmond 1922", "1826", "1922",
     "support: 311 x 213 mm", "311", "213", "", "mm", "", "", "", ""],
    ["1037", "A00003", "Blake, Robert", "artist", "38", "The Preaching of Warning", "?c.1785",
     "Graphite on paper", "Presented by Mrs John Richmond 1922", "1785", "1922",
     "support: 343 x 467 mm", "343", "467", "", "mm", "", "", "", ""],
    ["1839", "A00004", "Blake, Robert", "artist", "38", "Six Drawings of Figures with Outstretched Arms",
     "date not known", "Graphite on paper", "Presented by Mrs John Richmond 1922", "", "1922",
     "support: 318 x 394 mm", "318", "394", "", "mm", "", "", "", ""],
]


def export_csv(headers, delimiter=",") -> str:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(ROWS)
    return text.getvalue()
