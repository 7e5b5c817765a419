package org.unsymbol.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Generated titles in the six languages for the search benchmark: forms of real UN document titles (reports of the
 * Secretary-General, letters of permanent representatives, summary records, provisional agendas, concluding
 * observations, draft resolutions, budget and peacekeeping financing, as the Digital Library lists them; the seed
 * catalogue's titles among them) recombined with real agenda topics, bodies, countries, numbers and dates. The
 * same document gets the same title in each of its languages (six for two documents in three, English and French
 * for the rest, as older records often have). Not real records: real shapes, for sizes and timings only.
 */
final class SearchTitles {

    record Doc(String symbol, Map<String, String> titles) {
        String json() {
            StringBuilder v = new StringBuilder();
            for (Map.Entry<String, String> e : titles.entrySet()) {
                v.append(v.length() == 0 ? "" : ", ").append('"').append(e.getKey()).append("\": {\"title\": \"")
                        .append(e.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}");
            }
            return "{\"symbol\": \"" + symbol + "\", \"versions\": {" + v + "}}";
        }
    }

    private static final String[] LANGS = {"en", "fr", "es", "ru", "ar", "zh"};

    /** {t} topic, {c} country, {b} body, {n} ordinal number, {d} date, {y} year. One row per form, six languages. */
    private static final String[][] FORMS = {
            {"Report of the Secretary-General on {t}", "Rapport du Secrétaire général sur {t}",
                    "Informe del Secretario General sobre {t}", "Доклад Генерального секретаря о {t}",
                    "تقرير الأمين العام عن {t}", "秘书长关于{t}的报告"},
            {"Situation of human rights in {c}", "Situation des droits de l'homme – {c}",
                    "Situación de los derechos humanos en {c}", "Положение в области прав человека: {c}",
                    "حالة حقوق الإنسان في {c}", "{c}人权状况"},
            {"Letter dated {d} from the Permanent Representative of {c} to the United Nations addressed to the "
                    + "Secretary-General",
                    "Lettre datée du {d}, adressée au Secrétaire général par le Représentant permanent – {c} – auprès "
                            + "de l'Organisation des Nations Unies",
                    "Carta de fecha {d} dirigida al Secretario General por el Representante Permanente de {c} ante "
                            + "las Naciones Unidas",
                    "Письмо Постоянного представителя ({c}) при Организации Объединенных Наций от {d} на имя "
                            + "Генерального секретаря",
                    "رسالة مؤرخة {d} موجهة إلى الأمين العام من الممثل الدائم لـ{c} لدى الأمم المتحدة",
                    "{d}{c}常驻联合国代表给秘书长的信"},
            {"Draft resolution submitted by the Vice-Chair of the Committee on {t}",
                    "Projet de résolution présenté par le Vice-Président de la Commission sur {t}",
                    "Proyecto de resolución presentado por el Vicepresidente de la Comisión sobre {t}",
                    "Проект резолюции, представленный заместителем Председателя Комитета, о {t}",
                    "مشروع قرار مقدم من نائب رئيس اللجنة بشأن {t}", "委员会副主席提交的关于{t}的决议草案"},
            {"Provisional agenda of the {n} session of the {b}", "Ordre du jour provisoire de la {n} session – {b}",
                    "Programa provisional del {n} período de sesiones del {b}",
                    "Предварительная повестка дня {n} сессии: {b}", "جدول الأعمال المؤقت للدورة {n} – {b}",
                    "{b}第{n}届会议临时议程"},
            {"Summary record of the {n} meeting", "Compte rendu analytique de la {n} séance",
                    "Acta resumida de la {n} sesión", "Краткий отчет о {n} заседании", "محضر موجز للجلسة {n}",
                    "第{n}次会议简要记录"},
            {"Consideration of reports submitted by States parties under article {n} of the Convention: {c}",
                    "Examen des rapports présentés par les États parties en application de l'article {n} de la "
                            + "Convention : {c}",
                    "Examen de los informes presentados por los Estados partes en virtud del artículo {n} de la "
                            + "Convención: {c}",
                    "Рассмотрение докладов, представленных государствами-участниками в соответствии со статьей {n} "
                            + "Конвенции: {c}",
                    "النظر في التقارير المقدمة من الدول الأطراف بموجب المادة {n} من الاتفاقية: {c}",
                    "审议缔约国根据《公约》第{n}条提交的报告：{c}"},
            {"Concluding observations on the {n} periodic report of {c}",
                    "Observations finales concernant le {n} rapport périodique – {c}",
                    "Observaciones finales sobre el {n} informe periódico de {c}",
                    "Заключительные замечания по {n} периодическому докладу: {c}",
                    "الملاحظات الختامية بشأن التقرير الدوري {n} لـ{c}", "关于{c}第{n}次定期报告的结论性意见"},
            {"Proposed programme budget for the biennium {y}", "Projet de budget-programme pour l'exercice biennal {y}",
                    "Proyecto de presupuesto por programas para el bienio {y}",
                    "Предлагаемый бюджет по программам на двухгодичный период {y} годов",
                    "الميزانية البرنامجية المقترحة لفترة السنتين {y}", "{y}两年期拟议方案预算"},
            {"Financing of the United Nations peacekeeping operation in {c}",
                    "Financement de l'opération de maintien de la paix des Nations Unies – {c}",
                    "Financiación de la operación de mantenimiento de la paz de las Naciones Unidas en {c}",
                    "Финансирование операции Организации Объединенных Наций по поддержанию мира: {c}",
                    "تمويل عملية الأمم المتحدة لحفظ السلام في {c}", "联合国{c}维持和平行动经费筹措"},
            {"Promotion and protection of human rights: {t}", "Promotion et protection des droits de l'homme : {t}",
                    "Promoción y protección de los derechos humanos: {t}", "Поощрение и защита прав человека: о {t}",
                    "تعزيز حقوق الإنسان وحمايتها: {t}", "促进和保护人权：{t}"},
            {"Identical letters dated {d} from the Secretary-General addressed to the President of the General "
                    + "Assembly and the President of the Security Council",
                    "Lettres identiques datées du {d}, adressées au Président de l'Assemblée générale et au Président "
                            + "du Conseil de sécurité par le Secrétaire général",
                    "Cartas idénticas de fecha {d} dirigidas al Presidente de la Asamblea General y a la Presidencia "
                            + "del Consejo de Seguridad por el Secretario General",
                    "Идентичные письма Генерального секретаря от {d} на имя Председателя Генеральной Ассамблеи и "
                            + "Председателя Совета Безопасности",
                    "رسالتان متطابقتان مؤرختان {d} موجهتان من الأمين العام إلى رئيس الجمعية العامة ورئيس مجلس الأمن",
                    "{d}秘书长给大会主席和安全理事会主席的同文信"},
            {"Report of the {b} on its {n} session", "Rapport du {b} sur les travaux de sa {n} session",
                    "Informe del {b} sobre su {n} período de sesiones", "Доклад о работе {n} сессии: {b}",
                    "تقرير {b} عن دورته {n}", "{b}第{n}届会议报告"},
            {"Draft third annual progress report of the open-ended working group on {t}",
                    "Projet de troisième rapport annuel sur l'état d'avancement des travaux du groupe de travail à "
                            + "composition non limitée sur {t}",
                    "Proyecto de tercer informe anual sobre los progresos realizados por el grupo de trabajo de "
                            + "composición abierta sobre {t}",
                    "Проект третьего ежегодного доклада о ходе работы Рабочей группы открытого состава о {t}",
                    "مشروع التقرير المرحلي السنوي الثالث للفريق العامل المفتوح العضوية المعني بـ{t}",
                    "关于{t}的不限成员名额工作组第三次年度进展报告草稿"},
            {"Organization of work of the {n} substantive session of the working group",
                    "Organisation des travaux de la {n} session de fond du groupe de travail",
                    "Organización de los trabajos del {n} período de sesiones sustantivo del grupo de trabajo",
                    "Организация работы {n} основной сессии рабочей группы",
                    "تنظيم أعمال الدورة الموضوعية {n} للفريق العامل", "工作组第{n}届实质性会议工作安排"},
    };

    private static final String[][] TOPICS = {
            {"children and armed conflict", "le sort des enfants en temps de conflit armé",
                    "los niños y los conflictos armados", "детях и вооруженных конфликтах", "الأطفال والنزاع المسلح",
                    "儿童与武装冲突"},
            {"the rights of indigenous peoples", "les droits des peuples autochtones",
                    "los derechos de los pueblos indígenas", "правах коренных народов", "حقوق الشعوب الأصلية",
                    "土著人民权利"},
            {"violence against women", "la violence à l'égard des femmes", "la violencia contra la mujer",
                    "насилии в отношении женщин", "العنف ضد المرأة", "对妇女的暴力行为"},
            {"the safety and security of humanitarian personnel", "la sûreté et la sécurité du personnel humanitaire",
                    "la seguridad del personal de asistencia humanitaria", "охране и безопасности гуманитарного персонала",
                    "سلامة وأمن موظفي المساعدة الإنسانية", "人道主义人员的安全保障"},
            {"oceans and the law of the sea", "les océans et le droit de la mer", "los océanos y el derecho del mar",
                    "Мировом океане и морском праве", "المحيطات وقانون البحار", "海洋和海洋法"},
            {"international migration and development", "les migrations internationales et le développement",
                    "la migración internacional y el desarrollo", "международной миграции и развитии",
                    "الهجرة الدولية والتنمية", "国际移民与发展"},
            {"the situation in the Middle East", "la situation au Moyen-Orient", "la situación en el Oriente Medio",
                    "положении на Ближнем Востоке", "الحالة في الشرق الأوسط", "中东局势"},
            {"the protection of civilians in armed conflict", "la protection des civils en période de conflit armé",
                    "la protección de los civiles en los conflictos armados",
                    "защите гражданских лиц в вооруженном конфликте", "حماية المدنيين في النزاعات المسلحة",
                    "在武装冲突中保护平民"},
            {"climate change", "les changements climatiques", "el cambio climático", "изменении климата",
                    "تغير المناخ", "气候变化"},
            {"the elimination of racism and racial discrimination",
                    "l'élimination du racisme et de la discrimination raciale",
                    "la eliminación del racismo y la discriminación racial", "ликвидации расизма и расовой дискриминации",
                    "القضاء على العنصرية والتمييز العنصري", "消除种族主义和种族歧视"},
            {"nuclear disarmament", "le désarmement nucléaire", "el desarme nuclear", "ядерном разоружении",
                    "نزع السلاح النووي", "核裁军"},
            {"the prevention of armed conflict", "la prévention des conflits armés",
                    "la prevención de los conflictos armados", "предотвращении вооруженных конфликтов",
                    "منع نشوب النزاعات المسلحة", "预防武装冲突"},
            {"security of and in the use of information and communications technologies",
                    "la sécurité du numérique et de son utilisation",
                    "la seguridad de las tecnologías de la información y las comunicaciones y de su uso",
                    "безопасности в сфере использования информационно-коммуникационных технологий и самих таких "
                            + "технологий",
                    "أمن تكنولوجيات المعلومات والاتصالات واستخدامها", "信息和通信技术安全及其使用安全"},
            {"the right to food", "le droit à l'alimentation", "el derecho a la alimentación", "праве на питание",
                    "الحق في الغذاء", "食物权"},
            {"international cooperation against the world drug problem",
                    "la coopération internationale face au problème mondial de la drogue",
                    "la cooperación internacional contra el problema mundial de las drogas",
                    "международном сотрудничестве в борьбе с мировой проблемой наркотиков",
                    "التعاون الدولي على مواجهة مشكلة المخدرات العالمية", "开展国际合作应对世界毒品问题"},
            {"the United Nations Relief and Works Agency for Palestine Refugees in the Near East",
                    "l'Office de secours et de travaux des Nations Unies pour les réfugiés de Palestine dans le "
                            + "Proche-Orient",
                    "el Organismo de Obras Públicas y Socorro de las Naciones Unidas para los Refugiados de Palestina "
                            + "en el Cercano Oriente",
                    "Ближневосточном агентстве Организации Объединенных Наций для помощи палестинским беженцам и "
                            + "организации работ",
                    "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى",
                    "联合国近东巴勒斯坦难民救济和工程处"},
            {"the rule of law at the national and international levels",
                    "l'état de droit aux niveaux national et international",
                    "el estado de derecho en los planos nacional e internacional",
                    "верховенстве права на национальном и международном уровнях",
                    "سيادة القانون على الصعيدين الوطني والدولي", "国内和国际的法治"},
            {"progress towards the Sustainable Development Goals",
                    "les progrès accomplis vers la réalisation des objectifs de développement durable",
                    "los progresos realizados para alcanzar los Objetivos de Desarrollo Sostenible",
                    "прогрессе в достижении целей в области устойчивого развития",
                    "التقدم المحرز نحو تحقيق أهداف التنمية المستدامة", "可持续发展目标进展情况"},
            {"refugees, returnees and displaced persons in Africa",
                    "les réfugiés, rapatriés et déplacés en Afrique",
                    "los refugiados, los repatriados y los desplazados en África",
                    "беженцах, репатриантах и перемещенных лицах в Африке", "اللاجئين والعائدين والمشردين في أفريقيا",
                    "非洲难民、回返者和流离失所者"},
            {"financing for development", "le financement du développement", "la financiación para el desarrollo",
                    "финансировании развития", "تمويل التنمية", "发展筹资"},
    };

    private static final String[][] COUNTRIES = {
            {"Afghanistan", "Afghanistan", "el Afganistán", "Афганистан", "أفغانستان", "阿富汗"},
            {"Myanmar", "Myanmar", "Myanmar", "Мьянма", "ميانمار", "缅甸"},
            {"South Sudan", "Soudan du Sud", "Sudán del Sur", "Южный Судан", "جنوب السودان", "南苏丹"},
            {"Haiti", "Haïti", "Haití", "Гаити", "هايتي", "海地"},
            {"Mali", "Mali", "Malí", "Мали", "مالي", "马里"},
            {"Somalia", "Somalie", "Somalia", "Сомали", "الصومال", "索马里"},
            {"Colombia", "Colombie", "Colombia", "Колумбия", "كولومبيا", "哥伦比亚"},
            {"Iraq", "Iraq", "el Iraq", "Ирак", "العراق", "伊拉克"},
            {"Yemen", "Yémen", "el Yemen", "Йемен", "اليمن", "也门"},
            {"Libya", "Libye", "Libia", "Ливия", "ليبيا", "利比亚"},
            {"Cyprus", "Chypre", "Chipre", "Кипр", "قبرص", "塞浦路斯"},
            {"Lebanon", "Liban", "el Líbano", "Ливан", "لبنان", "黎巴嫩"},
            {"the Democratic Republic of the Congo", "République démocratique du Congo",
                    "la República Democrática del Congo", "Демократическая Республика Конго",
                    "جمهورية الكونغو الديمقراطية", "刚果民主共和国"},
            {"the Central African Republic", "République centrafricaine", "la República Centroafricana",
                    "Центральноафриканская Республика", "جمهورية أفريقيا الوسطى", "中非共和国"},
            {"Ukraine", "Ukraine", "Ucrania", "Украина", "أوكرانيا", "乌克兰"},
            {"the Sudan", "Soudan", "el Sudán", "Судан", "السودان", "苏丹"},
            {"Côte d'Ivoire", "Côte d'Ivoire", "Côte d'Ivoire", "Кот-д'Ивуар", "كوت ديفوار", "科特迪瓦"},
            {"Liberia", "Libéria", "Liberia", "Либерия", "ليبريا", "利比里亚"},
            {"Burundi", "Burundi", "Burundi", "Бурунди", "بوروندي", "布隆迪"},
            {"Guatemala", "Guatemala", "Guatemala", "Гватемала", "غواتيمالا", "危地马拉"},
    };

    private static final String[][] BODIES = {
            {"Human Rights Council", "Conseil des droits de l'homme", "Consejo de Derechos Humanos",
                    "Совет по правам человека", "مجلس حقوق الإنسان", "人权理事会"},
            {"Committee on the Elimination of Discrimination against Women",
                    "Comité pour l'élimination de la discrimination à l'égard des femmes",
                    "Comité para la Eliminación de la Discriminación contra la Mujer",
                    "Комитет по ликвидации дискриминации в отношении женщин",
                    "اللجنة المعنية بالقضاء على التمييز ضد المرأة", "消除对妇女歧视委员会"},
            {"Commission on the Status of Women", "Commission de la condition de la femme",
                    "Comisión de la Condición Jurídica y Social de la Mujer", "Комиссия по положению женщин",
                    "لجنة وضع المرأة", "妇女地位委员会"},
            {"International Law Commission", "Commission du droit international", "Comisión de Derecho Internacional",
                    "Комиссия международного права", "لجنة القانون الدولي", "国际法委员会"},
            {"Committee on Contributions", "Comité des contributions", "Comisión de Cuotas", "Комитет по взносам",
                    "لجنة الاشتراكات", "会费委员会"},
            {"Working Group on Arbitrary Detention", "Groupe de travail sur la détention arbitraire",
                    "Grupo de Trabajo sobre la Detención Arbitraria", "Рабочая группа по произвольным задержаниям",
                    "الفريق العامل المعني بالاحتجاز التعسفي", "任意拘留问题工作组"},
    };

    private static final String[][] MONTHS = {
            {"January", "janvier", "enero", "января", "كانون الثاني/يناير"},
            {"March", "mars", "marzo", "марта", "آذار/مارس"},
            {"June", "juin", "junio", "июня", "حزيران/يونيه"},
            {"September", "septembre", "septiembre", "сентября", "أيلول/سبتمبر"},
            {"November", "novembre", "noviembre", "ноября", "تشرين الثاني/نوفمبر"},
    };

    private final Random random;

    SearchTitles(Random random) {
        this.random = random;
    }

    /** Document {@code i}: a unique symbol of the General Assembly ({@code A/<session>/<number>}). */
    Doc next(int i) {
        int form = random.nextInt(FORMS.length);
        int topic = random.nextInt(TOPICS.length);
        int country = random.nextInt(COUNTRIES.length);
        int body = random.nextInt(BODIES.length);
        int n = 1 + random.nextInt(i % 3 == 0 ? 80 : 9000);
        int day = 1 + random.nextInt(28);
        int month = random.nextInt(MONTHS.length);
        int year = 1995 + random.nextInt(30);
        int languages = i % 3 == 2 ? 2 : 6;
        Map<String, String> titles = new LinkedHashMap<>();
        for (int l = 0; l < languages; l++) {
            String t = FORMS[form][l]
                    .replace("{t}", TOPICS[topic][l]).replace("{c}", COUNTRIES[country][l])
                    .replace("{b}", BODIES[body][l]).replace("{n}", ordinal(l, n))
                    .replace("{y}", year + "-" + (year + 1))
                    .replace("{d}", date(l, day, month, year));
            titles.put(LANGS[l], t);
        }
        return new Doc("A/" + (50 + i % 30) + "/" + (1 + i / 30), titles);
    }

    private static String ordinal(int lang, int n) {
        return switch (lang) {
            case 0 -> n + (n % 100 >= 11 && n % 100 <= 13 ? "th"
                    : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th");
            case 1 -> n + (n == 1 ? "re" : "e");
            case 2 -> n + "º";
            case 3 -> n + "-й";
            default -> Integer.toString(n);
        };
    }

    private static String date(int lang, int day, int month, int year) {
        return switch (lang) {
            case 0 -> day + " " + MONTHS[month][0] + " " + year;
            case 1 -> day + " " + MONTHS[month][1] + " " + year;
            case 2 -> day + " de " + MONTHS[month][2] + " de " + year;
            case 3 -> day + " " + MONTHS[month][3] + " " + year + " года";
            case 4 -> day + " " + MONTHS[month][4] + " " + year;
            default -> year + "年" + (1 + month * 2) + "月" + day + "日";
        };
    }
}
