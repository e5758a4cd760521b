// Writes a benchmark dataset (issue 7) in the interchange format v1 (docs/FORMAT.md), one
// record per line with every field, as Export writes it. Deterministic: the same size, seed
// and reference day give the same bytes. Datasets are generated at test time, never committed.
//
//   node tools/gen_dataset.mjs --size S|M|L [--seed N] [--today YYYY-MM-DD] [--out PATH]
//
// Sizes (S = L/100, M = L/10):
//            clients  contacts  interactions  interests  contracts  relationships  employees
//   S          1 000     3 000        10 000      2 000      1 500            500         20
//   M         10 000    30 000       100 000     20 000     15 000          5 000         60
//   L        100 000   300 000     1 000 000    200 000    150 000         50 000        200
// The client `cl-000001` has the biggest card: 10 000 interactions at M and L, 1 000 at S.
// Contents: Russian company and person names, addresses in real cities, phones in the ways
// people type them, INN/KPP/OGRN (OGRNIP for sole traders) with valid check digits, unique
// INNs, dates over the 5 years before the reference day (planned activities after it),
// relationships without parent_of cycles or duplicates.
// Defaults: --seed 7, --today 2026-11-27, --out build-bench/datasets/client-card-<size>.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendar, inn10, inn12, ogrn, ogrnip, parseArgs, random } from '../tests/e2e/tools/fixture_lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export const SIZES = {
  S: { clients: 1000, contacts: 3000, interactions: 10000, interests: 2000, contracts: 1500, relationships: 500, employees: 20, big: 1000 },
  M: { clients: 10000, contacts: 30000, interactions: 100000, interests: 20000, contracts: 15000, relationships: 5000, employees: 60, big: 10000 },
  L: { clients: 100000, contacts: 300000, interactions: 1000000, interests: 200000, contracts: 150000, relationships: 50000, employees: 200, big: 10000 },
};

// ---- Reference data

const CITIES = [
  // [region code, phone code, city, [postcode, street]...]
  ['77', '495', 'г. Москва', ['105082', 'ул. Большая Почтовая'], ['117105', 'Варшавское шоссе'], ['127055', 'ул. Новослободская'], ['125167', 'Ленинградский пр-т'], ['115114', 'ул. Летниковская'], ['127238', 'Дмитровское шоссе']],
  ['78', '812', 'г. Санкт-Петербург', ['196084', 'Московский пр.'], ['197022', 'ул. Профессора Попова'], ['190005', 'наб. Обводного канала'], ['194100', 'ул. Кантемировская']],
  ['50', '495', 'Московская обл., г. Химки', ['141400', 'ул. Ленинградская']],
  ['50', '496', 'Московская обл., г. Подольск', ['142100', 'ул. Комсомольская']],
  ['66', '343', 'г. Екатеринбург', ['620014', 'ул. Малышева'], ['620075', 'ул. Горького'], ['620028', 'ул. Репина']],
  ['54', '383', 'г. Новосибирск', ['630008', 'ул. Кирова'], ['630091', 'Красный пр-т']],
  ['16', '843', 'Республика Татарстан, г. Казань', ['420111', 'ул. Право-Булачная'], ['420029', 'ул. Сибирский тракт']],
  ['52', '831', 'г. Нижний Новгород', ['603093', 'ул. Родионова'], ['603001', 'ул. Рождественская']],
  ['63', '846', 'г. Самара', ['443013', 'Московское шоссе'], ['443099', 'ул. Куйбышева']],
  ['61', '863', 'г. Ростов-на-Дону', ['344002', 'пр-т Буденновский']],
  ['23', '861', 'г. Краснодар', ['350015', 'ул. Северная'], ['350063', 'ул. Мира']],
  ['59', '342', 'г. Пермь', ['614000', 'ул. Ленина']],
  ['74', '351', 'г. Челябинск', ['454091', 'пр-т Ленина'], ['454080', 'ул. Энтузиастов']],
  ['36', '473', 'г. Воронеж', ['394030', 'ул. Кольцовская']],
  ['02', '347', 'Республика Башкортостан, г. Уфа', ['450080', 'ул. Менделеева']],
  ['72', '3452', 'г. Тюмень', ['625026', 'ул. Республики']],
  ['24', '391', 'г. Красноярск', ['660017', 'ул. Ленина']],
  ['71', '4872', 'г. Тула', ['300012', 'пр-т Ленина']],
  ['76', '4852', 'г. Ярославль', ['150000', 'ул. Свободы']],
];
const STEMS1 = ['Техно', 'Строй', 'Урал', 'Сиб', 'Агро', 'Мед', 'Транс', 'Энерго', 'Промо', 'Волга', 'Нева', 'Альфа', 'Вектор',
  'Гранит', 'Деловые', 'Евро', 'Интер', 'Кама', 'Лидер', 'Мега', 'Норд', 'Орион', 'Прайм', 'Ресурс', 'Сервис', 'Тех', 'Феникс',
  'Хим', 'Центр', 'Эко', 'Юг', 'Ярос', 'Балт', 'Дон', 'Север', 'Восток', 'Металл', 'Лес', 'Торг', 'Фарм'];
const STEMS2 = ['Строй', 'Снаб', 'Торг', 'Пром', 'Сервис', 'Логистик', 'Инвест', 'Маркет', 'Холдинг', 'Групп', 'Комплект', 'Проект',
  'Систем', 'Трейд', 'Мастер', 'Альянс', 'Ойл', 'Тех', 'Мебель', 'Хлеб', 'Продукт', 'Авто', 'Монтаж', 'Консалт', 'Софт', 'Дизайн'];
const FORMS = [['ООО', 'Общество с ограниченной ответственностью'], ['ООО', 'Общество с ограниченной ответственностью'],
  ['ООО', 'Общество с ограниченной ответственностью'], ['АО', 'Акционерное общество'], ['ПАО', 'Публичное акционерное общество']];
const SURNAMES = [['Иванов', 'Иванова'], ['Смирнов', 'Смирнова'], ['Кузнецов', 'Кузнецова'], ['Попов', 'Попова'], ['Васильев', 'Васильева'],
  ['Петров', 'Петрова'], ['Соколов', 'Соколова'], ['Михайлов', 'Михайлова'], ['Новиков', 'Новикова'], ['Фёдоров', 'Фёдорова'],
  ['Морозов', 'Морозова'], ['Волков', 'Волкова'], ['Алексеев', 'Алексеева'], ['Лебедев', 'Лебедева'], ['Семёнов', 'Семёнова'],
  ['Егоров', 'Егорова'], ['Павлов', 'Павлова'], ['Козлов', 'Козлова'], ['Степанов', 'Степанова'], ['Николаев', 'Николаева'],
  ['Орлов', 'Орлова'], ['Андреев', 'Андреева'], ['Макаров', 'Макарова'], ['Никитин', 'Никитина'], ['Захаров', 'Захарова'],
  ['Зайцев', 'Зайцева'], ['Соловьёв', 'Соловьёва'], ['Борисов', 'Борисова'], ['Яковлев', 'Яковлева'], ['Григорьев', 'Григорьева'],
  ['Романов', 'Романова'], ['Воробьёв', 'Воробьёва'], ['Сергеев', 'Сергеева'], ['Кузьмин', 'Кузьмина'], ['Фролов', 'Фролова'],
  ['Александров', 'Александрова'], ['Дмитриев', 'Дмитриева'], ['Королёв', 'Королёва'], ['Гусев', 'Гусева'], ['Киселёв', 'Киселёва'],
  ['Ильин', 'Ильина'], ['Максимов', 'Максимова'], ['Поляков', 'Полякова'], ['Сорокин', 'Сорокина'], ['Виноградов', 'Виноградова'],
  ['Ковалёв', 'Ковалёва'], ['Белов', 'Белова'], ['Медведев', 'Медведева'], ['Антонов', 'Антонова'], ['Тарасов', 'Тарасова'],
  ['Жуков', 'Жукова'], ['Баранов', 'Баранова'], ['Филиппов', 'Филиппова'], ['Комаров', 'Комарова'], ['Давыдов', 'Давыдова'],
  ['Беляев', 'Беляева'], ['Герасимов', 'Герасимова'], ['Богданов', 'Богданова'], ['Осипов', 'Осипова'], ['Сидоров', 'Сидорова'],
  ['Шестаков', 'Шестакова'], ['Гарипов', 'Гарипова'], ['Хабибуллин', 'Хабибуллина'], ['Ким', 'Ким'], ['Шевченко', 'Шевченко']];
const MALE = ['Александр', 'Алексей', 'Андрей', 'Антон', 'Артём', 'Борис', 'Вадим', 'Виктор', 'Владимир', 'Дмитрий', 'Евгений',
  'Игорь', 'Илья', 'Кирилл', 'Константин', 'Максим', 'Михаил', 'Никита', 'Николай', 'Олег', 'Павел', 'Роман', 'Сергей', 'Юрий'];
const FEMALE = ['Александра', 'Алина', 'Анастасия', 'Анна', 'Валентина', 'Вера', 'Дарья', 'Екатерина', 'Елена', 'Ирина', 'Ксения',
  'Людмила', 'Марина', 'Мария', 'Наталья', 'Ольга', 'Светлана', 'Татьяна', 'Юлия', 'Яна'];
const PATRONYMIC_BASES = ['Александров', 'Алексеев', 'Андреев', 'Викторов', 'Владимиров', 'Дмитриев', 'Евгеньев', 'Игорев',
  'Михайлов', 'Николаев', 'Олегов', 'Павлов', 'Петров', 'Сергеев', 'Юрьев', 'Иванов', 'Борисов', 'Константинов'];
const POSITIONS = ['Генеральный директор', 'Главный бухгалтер', 'Бухгалтер', 'Финансовый директор', 'Менеджер по закупкам',
  'ИТ-директор', 'Системный администратор', 'Коммерческий директор', 'Офис-менеджер', 'Кадровик', 'Экономист', 'Юрист',
  'Начальник отдела продаж', 'Заместитель директора', 'Кладовщик', 'Руководитель проекта'];
const CONTACT_ROLES = ['ЛПР', 'Ключевой пользователь', 'Бухгалтерия', 'Оплата счетов', 'Технический контакт', '', '', ''];
const INDUSTRIES = ['Оптовая торговля', 'Розничная торговля', 'Строительство', 'Производство мебели', 'Металлообработка',
  'Пищевое производство', 'Грузоперевозки', 'Медицинские услуги', 'ИТ-услуги', 'Сельское хозяйство', 'Общепит',
  'Образование', 'Энергетика', 'Фармацевтика', 'Недвижимость', 'Автосервис'];
const SEGMENTS = ['Крупный бизнес', 'Средний бизнес', 'Малый бизнес', 'Микробизнес'];
const SOURCES = ['Сайт', 'Рекомендация', 'Холодный звонок', 'Выставка', 'Семинар 1С', 'Тендер', 'Партнёр', ''];
const TAGS = ['ключевой', 'ЭДО', 'госзаказ', 'сезонный', 'должник', 'VIP', 'филиалы', 'маркетплейсы', 'ИТС', 'облако'];
const PRODUCTS = [['1С:Бухгалтерия 8 ПРОФ', '3.0.175', 'Бухгалтерия предприятия, ред. 3.0', '3.0.175.23'],
  ['1С:Зарплата и управление персоналом 8', '3.1.31', 'Зарплата и управление персоналом, ред. 3.1', '3.1.31.84'],
  ['1С:Управление торговлей 8', '11.5.19', 'Управление торговлей, ред. 11.5', '11.5.19.132'],
  ['1С:Комплексная автоматизация 8', '2.5.19', 'Комплексная автоматизация, ред. 2.5', '2.5.19.95'],
  ['1С:ERP Управление предприятием 2', '2.5.19', 'ERP Управление предприятием, ред. 2.5', '2.5.19.95'],
  ['1С:Розница 8 ПРОФ', '2.3.17', 'Розница, ред. 2.3', '2.3.17.61'],
  ['1С:Документооборот 8 ПРОФ', '3.0.14', 'Документооборот, ред. 3.0', '3.0.14.21']];
const SUBJECTS = {
  call: ['Вопрос по обновлению конфигурации', 'Ошибка при выгрузке в банк', 'Продление ИТС', 'Консультация по закрытию месяца',
    'Не проходит отчёт в ФНС', 'Уточнение счёта', 'Согласование даты выезда', 'Жалоба на скорость работы базы'],
  meeting: ['Обследование бизнес-процессов', 'Демонстрация 1С:ERP', 'Презентация коммерческого предложения',
    'Приёмка этапа внедрения', 'Обучение пользователей'],
  email: ['Коммерческое предложение', 'Счёт на оплату', 'Акт выполненных работ', 'Ответ на запрос по доработке',
    'Инструкция по обновлению'],
  letter: ['Письмо о повышении цен', 'Претензия по срокам', 'Гарантийное письмо', 'Оригиналы документов'],
  task: ['Подготовить КП', 'Выставить счёт', 'Обновить базу клиента', 'Проверить резервные копии', 'Согласовать договор'],
  note: ['Клиент просит перезвонить после отпуска', 'Меняется главный бухгалтер', 'Интерес к облачной 1С'],
  document: ['Договор на сопровождение', 'Акт сверки', 'Спецификация к договору', 'Дополнительное соглашение'],
};
const BODIES = ['Банк не принимает файл платёжек.', 'Нужна консультация по учёту НДС при авансах.',
  'Просят перенести работы на выходные.', 'Обсудили объём работ и сроки.', 'Отправили по электронной почте, ждём ответа.',
  'Пользователи жалуются на медленное проведение документов.'];
const RESULTS = ['Обновили формат обмена до версии банка.', 'Договорились о демонстрации на следующей неделе.',
  'Клиент согласен, ждём подписанный договор.', 'Проблема решена удалённо.', 'Перезвонить через неделю.'];
const INTEREST_TITLES = ['Переход на 1С:ERP', 'Внедрение ЭДО', 'Продление ИТС ПРОФ', 'Доработка отчётности',
  'Обучение пользователей', 'Перенос в облако', 'Автоматизация склада', 'Интеграция с маркетплейсом'];
const PROJECTS = ['', '', 'Цифровизация 2026', 'Учёт для собственника', 'Склад и логистика'];
const CLOSE_REASONS = { won: ['Подписали договор после демонстрации', 'Выиграли тендер'], lost: ['Выбрали конкурента: цена', 'Отложили проект на год'] };
const CONTRACT_TITLES = [['contract', 'Договор на внедрение'], ['service_agreement', 'Сопровождение 1С:ИТС ПРОФ'],
  ['service_agreement', 'Абонентское обслуживание'], ['agreement', 'Соглашение о конфиденциальности'], ['contract', 'Поставка лицензий']];
const TERMS = ['Оплата в течение 10 банковских дней.', 'Ежемесячная оплата. Реакция на обращение — 2 рабочих часа.',
  'Скидка 10% на лицензии. Предоплата 50%.', ''];
const REL_KINDS = ['parent_of', 'same_group', 'partner', 'supplier', 'customer', 'competitor', 'affiliated'];
const INTERACTION_TYPES = ['call', 'call', 'call', 'email', 'email', 'task', 'document', 'meeting', 'note', 'letter'];

// ---- Output: buffered synchronous writes (L is hundreds of MB; nothing is held whole).

class Out {
  constructor(file) { this.fd = fs.openSync(file, 'w'); this.parts = []; this.size = 0; this.total = 0; }
  put(s) {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > (1 << 22)) this.flush();
  }
  flush() {
    if (!this.parts.length) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    fs.writeSync(this.fd, buf);
    this.total += buf.length;
    this.parts = [];
    this.size = 0;
  }
  close() { this.flush(); fs.closeSync(this.fd); }
}

const pad = (n, w) => String(n).padStart(w, '0');

export function generate(size, { seed = 7, today = '2026-11-27', out }) {
  const n = SIZES[size];
  if (!n) throw new Error(`--size must be S, M or L, got "${size}"`);
  const rng = random(seed);
  const { int, pick, next } = rng;
  const cal = calendar(today);
  const DAYS = 5 * 365;
  const w = new Out(out);
  const cid = i => `cl-${pad(i + 1, 6)}`;
  const eid = i => `emp-${pad(i + 1, 3)}`;
  const person = () => {
    const female = next() < 0.5;
    const [m, f] = pick(SURNAMES);
    const pb = pick(PATRONYMIC_BASES);
    return { surname: female ? f : m, first: pick(female ? FEMALE : MALE), patronymic: pb + (female ? 'на' : 'ич') };
  };
  const fullName = p => `${p.surname} ${p.first} ${p.patronymic}`;
  const initials = p => `${p.surname} ${p.first[0]}. ${p.patronymic[0]}.`;
  const digits = k => { let s = ''; for (let i = 0; i < k; i++) s += int(0, 9); return s; };
  const phone = code => {
    const local = digits(10 - code.length);
    const d = code + local;  // 10 digits after the country code
    switch (int(0, 4)) {
      case 0: return `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`;
      case 1: return `8 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`;
      case 2: return `+7${d}`;
      case 3: return `8-9${digits(2)}-${digits(3)}-${digits(2)}-${digits(2)}`;
      default: return `+7 (${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)} доб. ${int(100, 599)}`;
    }
  };
  const moment = (dayOffset, hh = int(9, 18), mm = pick(['00', '10', '15', '20', '30', '40', '45', '50'])) =>
    cal.at(dayOffset, `${pad(hh, 2)}:${mm}`);
  const record = (obj, last) => w.put('    ' + JSON.stringify(obj) + (last ? '\n' : ',\n'));
  const array = (name, count, make, lastArray = false) => {
    w.put(`  ${JSON.stringify(name)}: [\n`);
    for (let i = 0; i < count; i++) record(make(i), i + 1 === count);
    w.put(lastArray ? '  ]\n' : '  ],\n');
  };
  // Distributes `total` children over the clients: counts[i] >= 0, sum = total, mean total/C
  // with some spread; returns the first child index of every client (a prefix sum).
  const spread = (total, minEach) => {
    const C = n.clients, mean = total / C, counts = new Array(C);
    let sum = 0;
    for (let i = 0; i < C; i++) { counts[i] = Math.max(minEach, Math.round(mean * (0.3 + 1.4 * next()))); sum += counts[i]; }
    for (let i = 0; sum !== total; i = (i + 1) % C) {
      if (sum < total) { counts[i]++; sum++; } else if (counts[i] > minEach) { counts[i]--; sum--; }
    }
    const first = new Int32Array(C + 1);
    for (let i = 0; i < C; i++) first[i + 1] = first[i] + counts[i];
    return first;
  };
  const contactsOf = spread(n.contacts, 1);
  const interestsOf = spread(n.interests, 0);
  const ownerOf = (first, k) => {  // the client of child k: binary search in the prefix sums
    let lo = 0, hi = n.clients - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (first[mid] <= k) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const cityOfClient = new Uint8Array(n.clients);

  w.put(`{\n  "format": "client-card",\n  "version": 1,\n  "exported_at": ${JSON.stringify(cal.at(0, '09:00'))},\n`);

  array('employees', n.employees, i => {
    const p = person();
    const dept = pick(['Отдел продаж', 'Сервисный отдел', 'Отдел внедрения', 'Бухгалтерия']);
    return { id: eid(i), name: fullName(p), position: pick(['Менеджер по продажам', 'Инженер сопровождения', 'Консультант', 'Руководитель проектов']),
      department: dept, phone: `+7 (495) 150-25-00 доб. ${200 + i}`, email: `emp${i + 1}@profi-soft.example` };
  });

  array('clients', n.clients, i => {
    const city = int(0, CITIES.length - 1);
    cityOfClient[i] = city;
    const [region, code, cityName, ...streets] = CITIES[city];
    const [postcode, street] = pick(streets);
    const sole = next() < 0.15;
    const year = pad(int(2, 25), 2);
    const seq = pad(i + 1, 7);  // unique per client: INN and OGRN never repeat
    const address = `${postcode}, ${cityName}, ${street}, д. ${int(1, 150)}${next() < 0.4 ? `, офис ${int(1, 500)}` : ''}`;
    let name, legal, inn, kpp, og;
    if (sole) {
      const p = person();
      name = `ИП ${initials(p)}`;
      legal = `Индивидуальный предприниматель ${fullName(p)}`;
      inn = inn12(region + pad(10000000 + i + 1, 8));
      kpp = '';
      og = ogrnip('3' + year + region + pad(i + 1, 9));
    } else {
      const [form, formLong] = pick(FORMS);
      const brand = pick(STEMS1) + pick(STEMS2).toLowerCase() + (next() < 0.3 ? `-${pick(['М', 'Юг', 'Север', 'Плюс', 'Центр'])}` : '');
      name = `${form} «${brand}»`;
      legal = `${formLong} «${brand}»`;
      // Unique per client: 7 digits after the region (tax office + number), kept in the KPP.
      const local = pad(1000000 + i + 1, 7);
      inn = inn10(region + local);
      kpp = `${region}${local.slice(0, 2)}01001`;
      og = ogrn('1' + year + region + seq);
    }
    const phones = [phone(code)];
    if (next() < 0.4) phones.push(phone(code));
    const domain = `client${i + 1}.example`;
    const responsibles = [{ employee_id: eid(int(0, n.employees - 1)), role: 'sales_manager' }];
    if (next() < 0.6) responsibles.push({ employee_id: eid(int(0, n.employees - 1)), role: 'service_engineer' });
    const products = [], infobases = [];
    for (let k = int(0, 2); k > 0; k--) {
      const [pname, ver, conf, release] = pick(PRODUCTS);
      products.push({ name: pname, version: ver, licenses: int(1, 40), notes: '' });
      infobases.push({ name: `База_${i + 1}_${k}`, configuration: conf, version: release, needs_update: next() < 0.3,
        updated_on: cal.day(-int(0, 400)), notes: '' });
    }
    const tags = [];
    for (let k = int(0, 3); k > 0; k--) tags.push(pick(TAGS));
    return { id: cid(i), name, legal_name: legal, kind: sole ? 'sole_trader' : 'legal_entity', inn, kpp, ogrn: og,
      legal_address: address, actual_address: next() < 0.3 ? address : '', phones,
      emails: [`info@${domain}`], website: next() < 0.5 ? `https://${domain}` : '',
      segment: pick(SEGMENTS), industry: pick(INDUSTRIES), size: `${int(2, 900)} сотрудников`, source: pick(SOURCES),
      status: pick(['active', 'active', 'active', 'prospect', 'former']), tags: [...new Set(tags)],
      notes: next() < 0.2 ? 'Работают с нами через партнёра, счета выставлять на головную компанию.' : '',
      created_at: moment(-int(0, DAYS)), responsibles, products, infobases };
  });

  array('contacts', n.contacts, j => {
    const c = ownerOf(contactsOf, j);
    const p = person();
    const phones = [phone(CITIES[cityOfClient[c]][1])];
    if (next() < 0.5) phones.push(`8-9${digits(2)}-${digits(3)}-${digits(2)}-${digits(2)}`);
    return { id: `ct-${pad(j + 1, 6)}`, client_id: cid(c), name: fullName(p), position: pick(POSITIONS), role: pick(CONTACT_ROLES),
      phones, emails: [`contact${j + 1}@client${c + 1}.example`], primary: j === contactsOf[c],
      notes: next() < 0.1 ? 'Лучше писать в мессенджер, на звонки отвечает редко' : '' };
  });

  array('interactions', n.interactions, k => {
    // The first n.big interactions belong to cl-000001; the rest are spread, a tenth of them
    // over the busiest 1% of clients.
    const c = k < n.big ? 0 : next() < 0.1 ? int(1, Math.max(1, Math.floor(n.clients / 100))) : int(1, n.clients - 1);
    const type = pick(INTERACTION_TYPES);
    const future = next() < 0.04;
    const day = future ? int(0, 30) : -int(0, DAYS);
    const status = future ? 'planned' : next() < 0.03 ? 'cancelled' : 'done';
    const talk = type === 'call' || type === 'meeting';
    const ic = interestsOf[c + 1] - interestsOf[c];
    return { id: `ia-${pad(k + 1, 7)}`, client_id: cid(c),
      contact_id: type === 'task' || type === 'note' ? null : `ct-${pad(contactsOf[c] + int(0, contactsOf[c + 1] - contactsOf[c] - 1) + 1, 6)}`,
      interest_id: ic > 0 && next() < 0.2 ? `in-${pad(interestsOf[c] + int(0, ic - 1) + 1, 6)}` : null,
      type, direction: type === 'task' || type === 'note' ? 'none' : pick(['in', 'out']), subject: pick(SUBJECTS[type]),
      body: next() < 0.3 ? pick(BODIES) : '', result: talk && status === 'done' && next() < 0.5 ? pick(RESULTS) : '',
      at: moment(day), duration_min: talk ? pick([5, 10, 15, 20, 30, 45, 60, 90]) : 0, status,
      owner_id: eid(int(0, n.employees - 1)), attachments: [] };
  });

  array('interests', n.interests, j => {
    const c = ownerOf(interestsOf, j);
    const state = pick(['new', 'qualification', 'proposal', 'negotiation', 'won', 'lost']);
    const opened = -int(0, DAYS);
    const amount = int(10, 5000) * 1000;
    return { id: `in-${pad(j + 1, 6)}`, client_id: cid(c), title: pick(INTEREST_TITLES), project: pick(PROJECTS),
      responsible_id: eid(int(0, n.employees - 1)), state,
      expected_revenue: { amount, currency: 'RUB' }, probability: state === 'won' ? 100 : state === 'lost' ? 0 : int(1, 9) * 10,
      opened_on: cal.day(opened), close_on: cal.day(opened + int(30, 200)), notes: '',
      close_reason: CLOSE_REASONS[state] ? pick(CLOSE_REASONS[state]) : '' };
  });

  const pairs = new Set();
  array('relationships', n.relationships, j => {
    for (;;) {
      let a = int(0, n.clients - 1), b = int(0, n.clients - 1);
      if (a === b) continue;
      const kind = pick(REL_KINDS);
      if (kind === 'parent_of' && a > b) [a, b] = [b, a];  // parents before children: no cycles
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      return { id: `rl-${pad(j + 1, 6)}`, from_client_id: cid(a), to_client_id: cid(b), kind,
        note: next() < 0.3 ? 'Общий собственник, согласовывать условия с головной компанией' : '' };
    }
  });

  array('contracts', n.contracts, j => {
    const c = j < n.clients ? j : int(0, n.clients - 1);  // every client has one, some two or more
    const [kind, title] = pick(CONTRACT_TITLES);
    const signed = -int(0, DAYS);
    const from = signed + int(0, 14);
    const open = next() < 0.1;
    const to = from + pick([180, 365, 365, 730]);
    const status = to < 0 && !open ? pick(['closed', 'closed', 'active']) : pick(['active', 'active', 'active', 'draft', 'suspended']);
    return { id: `cr-${pad(j + 1, 6)}`, client_id: cid(c), kind, number: `${kind === 'service_agreement' ? 'ИТС' : 'Д'}-${cal.day(signed).slice(0, 4)}/${pad(j + 1, 6)}`,
      title, signed_on: cal.day(signed), valid_from: cal.day(from), valid_to: open ? null : cal.day(to), status,
      amount: next() < 0.8 ? { amount: int(5, 3000) * 1000, currency: 'RUB' } : null, terms: pick(TERMS) };
  }, true);

  w.put('}\n');
  w.close();
  return w.total;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2), ['size', 'seed', 'today', 'out']);
    const size = (args.size || '').toUpperCase();
    const out = args.out || path.join(here, '..', 'build-bench', 'datasets', `client-card-${size}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const t0 = Date.now();
    const bytes = generate(size, { seed: args.seed ? Number(args.seed) : 7, today: args.today || '2026-11-27', out });
    console.log(`${out}: ${bytes} bytes (${(bytes / 1048576).toFixed(1)} MiB), size ${size}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`gen_dataset: ${e.message}`);
    process.exit(2);
  }
}
