// Writes assets/demo.json: the demo data behind File > Load demo data and the start
// screen's "Load demo data" button, in the interchange format v1 (docs/FORMAT.md), one
// record per line as Export writes it. Deterministic: the same reference day and seed give
// the same bytes.
//
//   node tools/gen_demo.mjs [--today YYYY-MM-DD] [--seed N] [--out PATH]
//
// Defaults: --today 2026-11-27 (a fixed day, so that the committed file is reproducible),
// --seed 2026, --out assets/demo.json. Every date is relative to the reference day:
// `exported_at` is that day at 09:00 +03:00; "expires in N days", planned and overdue
// activities hold on that day. Regenerate with a later --today to move the whole year.
// tests/unit/test_demo_data.cpp checks the committed file imports and holds what is
// promised below (requisites by the app's own validators).
//
// Contents (a 1C partner's CRM: we are «Профи-Софт»), all in Russian:
// - 11 employees (sales, account managers, service engineers, implementers) with positions,
//   departments, office phone with extensions, e-mails;
// - 34 counterparties: ООО, АО and ИП in Russian cities with valid INN/KPP/OGRN/OGRNIP,
//   legal and actual addresses, phones in varied formats (some with extensions), e-mails,
//   websites, segment/industry/size/source/tags, statuses active/prospect/former,
//   responsibles with roles, 1C products and infobases (some needing updates);
// - a group of companies: the holding АО «УралТехИнвест» (demo-cl-uti) parent of
//   «УралТехИнвест-Металл» and «УТИ Логистик»; «УТИ-Металл» parent of «Уральский
//   сервисный центр»; «УТИ Девелопмент» same group as the holding; plus supplier,
//   customer, partner, competitor and affiliated links elsewhere;
// - 2-5 contact persons per company, exactly one primary;
// - a year of interactions (every type and direction; done, planned, cancelled; a few
//   overdue; results of done calls and meetings; a few small text attachments);
// - interests in every state (won and lost ones with a close reason), one in EUR;
// - contracts: in force, expiring within 30 days, expired (still active, and closed),
//   drafts, suspended, open-ended, agreements.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  base64, byteLength, calendar, documentOf, documentText, inn10, inn12, ogrn, ogrnip, parseArgs, random, referenceDay,
} from '../tests/e2e/tools/fixture_lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DAY = '2026-11-27';
export const DEFAULT_SEED = 2026;

// ---- Reference data

const CITIES = {
  msk: { region: '77', code: '495', alt: '499', name: 'г. Москва', streets: [
    ['105082', 'ул. Большая Почтовая, д. 26В, стр. 1'], ['117105', 'Варшавское шоссе, д. 35, стр. 1'],
    ['127055', 'ул. Новослободская, д. 23'], ['125167', 'Ленинградский пр-т, д. 39, стр. 80'],
    ['115114', 'ул. Летниковская, д. 10, стр. 4'], ['127238', 'Дмитровское шоссе, д. 71Б'],
    ['121170', 'Кутузовский пр-т, д. 36, стр. 3']] },
  spb: { region: '78', code: '812', name: 'г. Санкт-Петербург', streets: [
    ['196084', 'Московский пр., д. 143, лит. А'], ['197022', 'ул. Профессора Попова, д. 23, лит. В'],
    ['190005', 'наб. Обводного канала, д. 118А'], ['194100', 'ул. Кантемировская, д. 7']] },
  khimki: { region: '50', code: '495', name: 'Московская обл., г. Химки', streets: [['141400', 'ул. Ленинградская, д. 29']] },
  podolsk: { region: '50', code: '496', name: 'Московская обл., г. Подольск', streets: [['142100', 'ул. Комсомольская, д. 1'], ['142103', 'ул. Большая Серпуховская, д. 43']] },
  mytishchi: { region: '50', code: '498', name: 'Московская обл., г. Мытищи', streets: [['141006', 'Олимпийский пр-т, д. 10']] },
  ekb: { region: '66', code: '343', name: 'г. Екатеринбург', streets: [
    ['620014', 'ул. Малышева, д. 51'], ['620075', 'ул. Горького, д. 17'], ['620017', 'ул. Фронтовых Бригад, д. 18'],
    ['620028', 'ул. Репина, д. 94']] },
  tagil: { region: '66', code: '3435', name: 'Свердловская обл., г. Нижний Тагил', streets: [['622051', 'ул. Вагоностроителей, д. 24']] },
  nsk: { region: '54', code: '383', name: 'г. Новосибирск', streets: [['630008', 'ул. Кирова, д. 113'], ['630091', 'Красный пр-т, д. 86']] },
  kzn: { region: '16', code: '843', name: 'Республика Татарстан, г. Казань', streets: [['420111', 'ул. Право-Булачная, д. 33'], ['420029', 'ул. Сибирский тракт, д. 34']] },
  nn: { region: '52', code: '831', name: 'г. Нижний Новгород', streets: [['603093', 'ул. Родионова, д. 165'], ['603001', 'ул. Рождественская, д. 38']] },
  samara: { region: '63', code: '846', name: 'г. Самара', streets: [['443013', 'Московское шоссе, д. 17'], ['443099', 'ул. Куйбышева, д. 90']] },
  rnd: { region: '61', code: '863', name: 'г. Ростов-на-Дону', streets: [['344002', 'пр-т Буденновский, д. 60']] },
  krd: { region: '23', code: '861', name: 'г. Краснодар', streets: [['350015', 'ул. Северная, д. 324'], ['350063', 'ул. Мира, д. 44']] },
  perm: { region: '59', code: '342', name: 'г. Пермь', streets: [['614000', 'ул. Ленина, д. 88']] },
  chel: { region: '74', code: '351', name: 'г. Челябинск', streets: [['454091', 'пр-т Ленина, д. 21В'], ['454080', 'ул. Энтузиастов, д. 2']] },
  vrn: { region: '36', code: '473', name: 'г. Воронеж', streets: [['394030', 'ул. Кольцовская, д. 35']] },
  ufa: { region: '02', code: '347', name: 'Республика Башкортостан, г. Уфа', streets: [['450080', 'ул. Менделеева, д. 137']] },
  tmn: { region: '72', code: '3452', name: 'г. Тюмень', streets: [['625026', 'ул. Республики, д. 142']] },
  krsk: { region: '24', code: '391', name: 'г. Красноярск', streets: [['660017', 'ул. Ленина, д. 113']] },
  tula: { region: '71', code: '4872', name: 'г. Тула', streets: [['300012', 'пр-т Ленина, д. 85']] },
  yar: { region: '76', code: '4852', name: 'г. Ярославль', streets: [['150000', 'ул. Свободы, д. 2']] },
};

// 1C products: [name, version, configuration for the infobase, infobase prefix, current release].
const PRODUCTS = {
  bp: ['1С:Бухгалтерия 8 ПРОФ', '3.0.175', 'Бухгалтерия предприятия, ред. 3.0', 'БП', '3.0.175.23'],
  bpk: ['1С:Бухгалтерия 8 КОРП', '3.0.175', 'Бухгалтерия предприятия КОРП, ред. 3.0', 'БП', '3.0.175.23'],
  zup: ['1С:Зарплата и управление персоналом 8 ПРОФ', '3.1.31', 'Зарплата и управление персоналом, ред. 3.1', 'ЗУП', '3.1.31.102'],
  zupk: ['1С:Зарплата и управление персоналом 8 КОРП', '3.1.31', 'Зарплата и управление персоналом КОРП, ред. 3.1', 'ЗУП', '3.1.31.102'],
  erp: ['1С:ERP Управление предприятием 2', '2.5.19', '1С:ERP Управление предприятием 2', 'ERP', '2.5.19.88'],
  ka: ['1С:Комплексная автоматизация 2', '2.5.19', 'Комплексная автоматизация, ред. 2.5', 'КА', '2.5.19.88'],
  ut: ['1С:Управление торговлей 11', '11.5.19', 'Управление торговлей, ред. 11.5', 'УТ', '11.5.19.97'],
  rozn: ['1С:Розница 8 ПРОФ', '2.3.19', 'Розница, ред. 2.3', 'Розница', '2.3.19.44'],
  unf: ['1С:Управление нашей фирмой 8', '3.0.8', 'Управление нашей фирмой, ред. 3.0', 'УНФ', '3.0.8.120'],
  doc: ['1С:Документооборот 8 ПРОФ', '3.0.14', 'Документооборот ПРОФ, ред. 3.0', 'ДО', '3.0.14.31'],
  med: ['1С:Медицина. Поликлиника', '2.1.6', 'Медицина. Поликлиника, ред. 2.1', 'МедПол', '2.1.6.14'],
  its: ['1С:ИТС ПРОФ', '', '', '', ''],
  edo: ['1С-ЭДО', '', '', '', ''],
  rep: ['1С-Отчётность', '', '', '', ''],
};
// An older release of the same configuration (the infobase lags behind: needs an update).
const OLDER = { '3.0.175.23': '3.0.164.35', '3.1.31.102': '3.1.29.96', '2.5.19.88': '2.5.17.95',
  '11.5.19.97': '11.5.16.120', '2.3.19.44': '2.3.17.61', '3.0.8.120': '3.0.6.158', '3.0.14.31': '3.0.12.40',
  '2.1.6.14': '2.1.4.22' };

const OFFICE = '+7 (495) 150-25-00';
const OUR_DOMAIN = 'profi-soft.example';

const EMPLOYEES = [
  ['morozov', 'Морозов Денис Викторович', 'Генеральный директор', 'Дирекция', 100],
  ['fedorova', 'Фёдорова Ирина Алексеевна', 'Руководитель отдела продаж', 'Отдел продаж', 101],
  ['orlova', 'Орлова Екатерина Дмитриевна', 'Менеджер по продажам', 'Отдел продаж', 123],
  ['smirnov', 'Смирнов Артём Игоревич', 'Менеджер по продажам', 'Отдел продаж', 124],
  ['kozlova', 'Козлова Анна Игоревна', 'Аккаунт-менеджер', 'Клиентский отдел', 131],
  ['vasilieva', 'Васильева Марина Олеговна', 'Аккаунт-менеджер', 'Клиентский отдел', 132],
  ['lebedev', 'Лебедев Максим Олегович', 'Ведущий инженер сопровождения', 'Сервисный отдел', 214],
  ['gusev', 'Гусев Николай Петрович', 'Инженер сопровождения', 'Сервисный отдел', 215],
  ['tarasova', 'Тарасова Юлия Андреевна', 'Руководитель проектов', 'Отдел внедрения', 240],
  ['nikitin', 'Никитин Сергей Павлович', 'Программист 1С', 'Отдел внедрения', 245],
  ['sokolov', 'Соколов Павел Викторович', 'Консультант по 1С:ЗУП', 'Отдел внедрения', 260],
];
const SALES = ['orlova', 'smirnov', 'fedorova'];
const ACCOUNT = ['kozlova', 'vasilieva'];
const SERVICE = ['lebedev', 'gusev'];
const IMPLEMENT = ['nikitin', 'sokolov', 'tarasova'];

// The counterparties. kind: ООО / АО / ИП; st: status; p: products (keys of PRODUCTS).
const COMPANIES = [
  // The group of companies around the holding АО «УралТехИнвест».
  { key: 'uti', form: 'АО', name: 'УралТехИнвест', city: 'ekb', slug: 'uti-holding', industry: 'Управление холдингом (машиностроение)',
    segment: 'Крупный бизнес', size: '60 сотрудников (управляющая компания)', source: 'Выставка «Иннопром»', st: 'active',
    tags: ['холдинг', 'ключевой', 'Урал', 'ЭДО'], p: ['erp', 'zupk', 'doc', 'its', 'edo'], big: true, year: '11',
    notes: 'Управляющая компания группы. ИТ-бюджет дочерних обществ утверждается здесь, на совете директоров в декабре.' },
  { key: 'uti-metal', form: 'ООО', name: 'УралТехИнвест-Металл', city: 'tagil', slug: 'uti-metall', industry: 'Металлообработка',
    segment: 'Крупный бизнес', size: '800–1000 сотрудников', source: 'Через АО «УралТехИнвест»', st: 'active',
    tags: ['производство', '1С:ERP', 'Урал'], p: ['erp', 'zupk', 'its'], big: true, year: '13',
    notes: 'Производственная площадка группы. Пропуск на завод заказывать за два дня.' },
  { key: 'uti-log', form: 'ООО', name: 'УТИ Логистик', city: 'ekb', slug: 'uti-logistic', industry: 'Грузоперевозки',
    segment: 'Средний бизнес', size: '120 сотрудников', source: 'Через АО «УралТехИнвест»', st: 'active',
    tags: ['логистика', 'Урал'], p: ['ka', 'zup', 'its'], year: '15' },
  { key: 'uti-service', form: 'ООО', name: 'Уральский сервисный центр', city: 'tagil', slug: 'ural-sc', industry: 'Ремонт промышленного оборудования',
    segment: 'Малый бизнес', size: '35 сотрудников', source: 'Через АО «УралТехИнвест»', st: 'prospect',
    tags: ['Урал'], p: ['bp'], year: '19' },
  { key: 'uti-dev', form: 'ООО', name: 'УТИ Девелопмент', city: 'ekb', slug: 'uti-dev', industry: 'Девелопмент',
    segment: 'Средний бизнес', size: '45 сотрудников', source: 'Через АО «УралТехИнвест»', st: 'prospect',
    tags: ['Урал', 'недвижимость'], p: [], year: '18',
    notes: 'Тот же собственник, что у АО «УралТехИнвест»; юридически не дочернее общество.' },
  // Everyone else.
  { key: 'sev-zvezda', form: 'ООО', name: 'Северная звезда', city: 'spb', slug: 'sev-zvezda', industry: 'Оптовая торговля продуктами питания',
    segment: 'Средний бизнес', size: '150–200 сотрудников', source: 'Рекомендация клиента', st: 'active',
    tags: ['опт', 'Санкт-Петербург', 'маркировка'], p: ['ut', 'bp', 'zup', 'its', 'edo'], year: '12' },
  { key: 'samagro', form: 'АО', name: 'СамараАгроПром', city: 'samara', slug: 'samagroprom', industry: 'Сельское хозяйство',
    segment: 'Крупный бизнес', size: '400 сотрудников', source: 'Тендер', st: 'active',
    tags: ['агро', 'Самара', 'ключевой'], p: ['ka', 'zupk', 'its', 'rep'], year: '10' },
  { key: 'zdorovie', form: 'ООО', name: 'Клиника Здоровье Плюс', city: 'kzn', slug: 'zdorovie-plus', industry: 'Медицина',
    segment: 'Средний бизнес', size: '90 сотрудников', source: 'Сайт', st: 'active',
    tags: ['медицина', 'Казань'], p: ['med', 'bp', 'zup', 'its'], year: '16' },
  { key: 'translog', form: 'ООО', name: 'ТрансЛогистик-НН', city: 'nn', slug: 'translog-nn', industry: 'Грузоперевозки',
    segment: 'Средний бизнес', size: '70 сотрудников', source: 'Входящий звонок', st: 'active',
    tags: ['логистика', 'Нижний Новгород'], p: ['ut', 'bp', 'its'], year: '14' },
  { key: 'sibhleb', form: 'ООО', name: 'Сибирский хлеб', city: 'nsk', slug: 'sibhleb', industry: 'Хлебопекарное производство',
    segment: 'Средний бизнес', size: '210 сотрудников', source: 'Семинар 1С', st: 'active',
    tags: ['производство', 'Новосибирск', 'маркировка'], p: ['ka', 'zup', 'its', 'edo'], year: '09' },
  { key: 'donmebel', form: 'ООО', name: 'Донская мебельная фабрика', city: 'rnd', slug: 'donmebel', industry: 'Производство мебели',
    segment: 'Средний бизнес', size: '130 сотрудников', source: 'Холодный звонок', st: 'active',
    tags: ['производство', 'Ростов-на-Дону'], p: ['ka', 'zup', 'its'], year: '17' },
  { key: 'safronova', form: 'ИП', person: ['Сафронова', 'Елена', 'Викторовна'], city: 'tula', slug: 'safronova', industry: 'Розничная торговля одеждой',
    segment: 'Микробизнес', size: '8 сотрудников', source: 'Сайт', st: 'active',
    tags: ['ИП', 'розница', 'Тула'], p: ['rozn', 'its'], year: '18' },
  { key: 'garipov', form: 'ИП', person: ['Гарипов', 'Ринат', 'Ильдарович'], city: 'ufa', slug: 'garipov', industry: 'Автосервис',
    segment: 'Микробизнес', size: '12 сотрудников', source: 'Рекомендация клиента', st: 'active',
    tags: ['ИП', 'Уфа'], p: ['unf', 'rep'], year: '20' },
  { key: 'melnikov', form: 'ИП', person: ['Мельников', 'Олег', 'Сергеевич'], city: 'yar', slug: 'melnikov', industry: 'Кофейни',
    segment: 'Микробизнес', size: '3 кофейни, 20 сотрудников', source: 'Сайт', st: 'prospect',
    tags: ['ИП', 'общепит', 'Ярославль'], p: [], year: '21' },
  { key: 'kubagro', form: 'ООО', name: 'Кубань-Агроснаб', city: 'krd', slug: 'kuban-agrosnab', industry: 'Поставки сельхозтехники',
    segment: 'Средний бизнес', size: '60 сотрудников', source: 'Выставка «ЮГАГРО»', st: 'active',
    tags: ['агро', 'Краснодар'], p: ['ut', 'bp', 'its'], year: '13' },
  { key: 'permstroy', form: 'ООО', name: 'ПермьСтройКомплект', city: 'perm', slug: 'permstroykomplekt', industry: 'Оптовая торговля стройматериалами',
    segment: 'Средний бизнес', size: '85 сотрудников', source: 'Холодный звонок', st: 'active',
    tags: ['опт', 'Пермь'], p: ['ut', 'bp', 'zup', 'its'], year: '11' },
  { key: 'chmp', form: 'АО', name: 'ЧелМеталлПрофиль', city: 'chel', slug: 'chelmetallprofil', industry: 'Производство металлопроката',
    segment: 'Крупный бизнес', size: '600 сотрудников', source: 'Тендер', st: 'active',
    tags: ['производство', 'Челябинск', 'ключевой'], p: ['erp', 'zupk', 'doc', 'its'], big: true, year: '08' },
  { key: 'vmk', form: 'ООО', name: 'Воронежская молочная компания', city: 'vrn', slug: 'vrn-moloko', industry: 'Молочное производство',
    segment: 'Средний бизнес', size: '180 сотрудников', source: 'Семинар 1С', st: 'active',
    tags: ['производство', 'Воронеж', 'маркировка', 'Меркурий'], p: ['ka', 'zup', 'its', 'edo'], year: '15' },
  { key: 'farmvita', form: 'ООО', name: 'ФармВита', city: 'msk', slug: 'farmvita', industry: 'Аптечная сеть',
    segment: 'Средний бизнес', size: '14 аптек, 110 сотрудников', source: 'Партнёрская программа 1С', st: 'active',
    tags: ['аптеки', 'Москва', 'маркировка'], p: ['rozn', 'ut', 'bp', 'its'], year: '16' },
  { key: 'lingva', form: 'ООО', name: 'Лингва Про', city: 'msk', slug: 'lingva-pro', industry: 'Бюро переводов',
    segment: 'Малый бизнес', size: '15 сотрудников', source: 'Сайт', st: 'former',
    tags: ['услуги', 'Москва'], p: ['bp'], year: '14',
    notes: 'Перешли на облачную бухгалтерию у другого партнёра. Можно предложить 1С:Фреш при случае.' },
  { key: 'vektor', form: 'ООО', name: 'ИК Вектор', city: 'spb', slug: 'ik-vektor', industry: 'Проектирование',
    segment: 'Малый бизнес', size: '40 сотрудников', source: 'Рекомендация клиента', st: 'prospect',
    tags: ['проектирование', 'Санкт-Петербург'], p: ['bp'], year: '19' },
  { key: 'tns', form: 'ООО', name: 'ТюменьНефтеСервис', city: 'tmn', slug: 'tnservice', industry: 'Нефтесервис',
    segment: 'Крупный бизнес', size: '350 сотрудников', source: 'Тендер', st: 'prospect',
    tags: ['нефтегаз', 'Тюмень'], p: ['bpk', 'zupk'], year: '12' },
  { key: 'enisey', form: 'ООО', name: 'ЕнисейЭнергоМонтаж', city: 'krsk', slug: 'eniseyem', industry: 'Электромонтажные работы',
    segment: 'Средний бизнес', size: '95 сотрудников', source: 'Входящий звонок', st: 'active',
    tags: ['строительство', 'Красноярск'], p: ['ka', 'zup', 'its'], year: '14' },
  { key: 'autocenter', form: 'ООО', name: 'Автоцентр Подмосковье', city: 'khimki', slug: 'autocenter-pm', industry: 'Продажа и обслуживание автомобилей',
    segment: 'Средний бизнес', size: '75 сотрудников', source: 'Холодный звонок', st: 'active',
    tags: ['авто', 'Московская область'], p: ['ut', 'bp', 'zup', 'its'], year: '15' },
  { key: 'perspektiva', form: 'ООО', name: 'Школа Перспектива', city: 'podolsk', slug: 'school-perspektiva', industry: 'Образование',
    segment: 'Малый бизнес', size: '30 сотрудников', source: 'Сайт', st: 'former',
    tags: ['образование', 'Московская область'], p: ['bp', 'zup'], year: '17',
    notes: 'Договор сопровождения не продлили: бухгалтерию забрали на аутсорсинг.' },
  { key: 'zhiguli', form: 'ООО', name: 'Гостиница Жигули', city: 'samara', slug: 'hotel-zhiguli', industry: 'Гостиничный бизнес',
    segment: 'Малый бизнес', size: '45 сотрудников', source: 'Выставка «Отель»', st: 'prospect',
    tags: ['гостиница', 'Самара'], p: [], year: '16' },
  { key: 'nevkond', form: 'ООО', name: 'Невский кондитер', city: 'spb', slug: 'nevkonditer', industry: 'Кондитерское производство',
    segment: 'Средний бизнес', size: '160 сотрудников', source: 'Рекомендация клиента', st: 'active',
    tags: ['производство', 'Санкт-Петербург', 'маркировка'], p: ['ka', 'zup', 'doc', 'its', 'edo'], year: '10' },
  { key: 'monolit', form: 'ООО', name: 'СК Монолит', city: 'mytishchi', slug: 'sk-monolit', industry: 'Строительство',
    segment: 'Средний бизнес', size: '220 сотрудников', source: 'Семинар 1С', st: 'active',
    tags: ['строительство', 'Московская область'], p: ['bpk', 'zupk', 'its'], year: '13' },
  { key: 'aurum', form: 'ООО', name: 'Аурум', city: 'msk', slug: 'aurum-jewel', industry: 'Ювелирная розница',
    segment: 'Малый бизнес', size: '5 салонов, 28 сотрудников', source: 'Сайт', st: 'former',
    tags: ['розница', 'Москва', 'маркировка'], p: ['rozn', 'bp'], year: '18',
    notes: 'Закрыли два салона и ушли к франчайзи, который ведёт их ГИИС ДМДК.' },
  { key: 'kim', form: 'ИП', person: ['Ким', 'Александр', 'Вячеславович'], city: 'krd', slug: 'kim-av', industry: 'Оптовая торговля овощами',
    segment: 'Микробизнес', size: '6 сотрудников', source: 'Рекомендация клиента', st: 'former',
    tags: ['ИП', 'опт', 'Краснодар'], p: ['unf'], year: '19' },
  { key: 'lc-vostok', form: 'ООО', name: 'ЛЦ Восток', city: 'podolsk', slug: 'lc-vostok', industry: 'Складская логистика',
    segment: 'Средний бизнес', size: '140 сотрудников', source: 'Входящий звонок', st: 'active',
    tags: ['логистика', 'склад', 'Московская область'], p: ['ut', 'bp', 'zup', 'its'], year: '17' },
  { key: 'td-truby', form: 'ООО', name: 'ТД Уральские трубы', city: 'chel', slug: 'td-ural-truby', industry: 'Оптовая торговля металлопрокатом',
    segment: 'Средний бизнес', size: '55 сотрудников', source: 'Холодный звонок', st: 'prospect',
    tags: ['опт', 'Челябинск'], p: ['ut'], year: '20' },
  { key: 'nnholod', form: 'АО', name: 'НН-Холод', city: 'nn', slug: 'nn-holod', industry: 'Производство мороженого',
    segment: 'Крупный бизнес', size: '300 сотрудников', source: 'Рекомендация клиента', st: 'active',
    tags: ['производство', 'Нижний Новгород', 'маркировка', 'ЭДО'], p: ['erp', 'zup', 'its', 'edo'], big: true, year: '07' },
  { key: 'it-resh', form: 'ООО', name: 'Бизнес-Автоматизация', city: 'nsk', slug: 'biz-automation', industry: 'ИТ-услуги (франчайзи 1С)',
    segment: 'Малый бизнес', size: '25 сотрудников', source: 'Партнёрская программа 1С', st: 'active',
    tags: ['партнёр', 'Новосибирск'], p: ['bp', 'its'], year: '16',
    notes: 'Франчайзи 1С в Новосибирске: передаём друг другу клиентов по региону, общие отраслевые проекты.' },
];

const LEGAL_FORM = { ООО: 'Общество с ограниченной ответственностью', АО: 'Акционерное общество' };

// Contact persons.
const SURNAMES = ['Волков', 'Белов', 'Громов', 'Зайцев', 'Павлов', 'Сорокин', 'Егоров', 'Захаров', 'Макаров',
  'Николаев', 'Андреев', 'Ковалёв', 'Ильин', 'Титов', 'Кудрявцев', 'Баранов', 'Куликов', 'Алексеев', 'Степанов',
  'Яковлев', 'Романов', 'Воробьёв', 'Фролов', 'Жуков', 'Медведев', 'Ершов', 'Никифоров', 'Шестаков', 'Ефимов',
  'Денисов', 'Тимофеев', 'Быков', 'Щербаков', 'Лазарев', 'Комаров', 'Пономарёв', 'Мартынов', 'Калинин',
  'Беляев', 'Тихонов', 'Осипов', 'Карпов', 'Хабибуллин', 'Сафин', 'Галиев', 'Закиров'];
const MALE = ['Алексей', 'Андрей', 'Дмитрий', 'Игорь', 'Кирилл', 'Максим', 'Михаил', 'Николай', 'Олег', 'Павел',
  'Роман', 'Сергей', 'Владимир', 'Евгений', 'Антон', 'Илья', 'Денис', 'Артём'];
const FEMALE = ['Анна', 'Елена', 'Ирина', 'Марина', 'Наталья', 'Ольга', 'Светлана', 'Татьяна', 'Юлия',
  'Екатерина', 'Мария', 'Дарья', 'Ксения', 'Людмила', 'Вера', 'Галина'];
const FATHERS = [['Иванович', 'Ивановна'], ['Сергеевич', 'Сергеевна'], ['Александрович', 'Александровна'],
  ['Николаевич', 'Николаевна'], ['Андреевич', 'Андреевна'], ['Викторович', 'Викторовна'], ['Петрович', 'Петровна'],
  ['Олегович', 'Олеговна'], ['Дмитриевич', 'Дмитриевна'], ['Михайлович', 'Михайловна'], ['Юрьевич', 'Юрьевна'],
  ['Владимирович', 'Владимировна'], ['Геннадьевич', 'Геннадьевна'], ['Анатольевич', 'Анатольевна']];
// [position, role, mailbox, weight for the first contact]
const POSITIONS = [
  ['Генеральный директор', 'ЛПР', 'director'],
  ['Главный бухгалтер', 'Ключевой пользователь', 'buh'],
  ['Финансовый директор', 'ЛПР', 'cfo'],
  ['Руководитель ИТ-отдела', 'Технический специалист', 'it'],
  ['Специалист по закупкам', 'Закупки', 'zakupki'],
  ['Бухгалтер по заработной плате', 'Пользователь', 'zp'],
  ['Менеджер по персоналу', 'Пользователь', 'hr'],
  ['Коммерческий директор', 'Согласующий', 'sales'],
  ['Системный администратор', 'Технический специалист', 'admin'],
  ['Заместитель главного бухгалтера', 'Ключевой пользователь', 'buh2'],
];

const TRANSLIT = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
const latin = s => [...s.toLowerCase()].map(ch => (ch in TRANSLIT ? TRANSLIT[ch] : ch)).join('');
const feminine = surname => (/(ов|ев|ёв|ин)$/.test(surname) ? surname + 'а' : surname);

// ---- The generator

export function buildDemo(today = DEFAULT_DAY, seed = DEFAULT_SEED) {
  const { day, workAt } = calendar(today);
  const rnd = random(seed);
  const { int, pick } = rnd;
  const chance = p => rnd.next() < p;
  const digits = n => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const shuffled = list => {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = int(0, i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const money = amount => ({ amount, currency: 'RUB' });
  const hhmm = (lo = 9, hi = 17) => `${String(int(lo, hi)).padStart(2, '0')}:${pick(['00', '10', '15', '20', '30', '40', '45', '50'])}`;

  // Phones in the formats people type them (all recognised by the app's phone rules).
  const localNumber = city => digits(10 - city.code.length).replace(/^0/, '2');
  const groupLocal = n => (n.length === 7 ? `${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`
    : n.length === 6 ? `${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}` : `${n.slice(0, 1)}-${n.slice(1, 3)}-${n.slice(3)}`);
  const formatPhone = (code, local, style) => {
    switch (style) {
      case 0: return `+7 (${code}) ${groupLocal(local)}`;
      case 1: return `8 (${code}) ${groupLocal(local)}`;
      case 2: return `+7 ${code} ${local}`;
      case 3: return `8 ${code} ${groupLocal(local).replace(/-/g, ' ')}`;
      case 4: return `+7${code}${local}`;
      default: return `8-${code}-${groupLocal(local)}`;
    }
  };
  const mobile = () => formatPhone(`9${digits(2)}`, digits(7).replace(/^0/, '5'), pick([0, 1, 2, 3, 5]));
  const EXT = ['доб. ', 'доб. ', 'доб ', 'вн. ', 'ext. '];

  // Employees.
  const employees = EMPLOYEES.map(([slug, name, position, department, ext]) => ({
    id: `demo-emp-${slug}`, name, position, department, phone: `${OFFICE} доб. ${ext}`,
    email: `${latin(name.split(' ')[1])[0]}.${latin(name.split(' ')[0])}@${OUR_DOMAIN}`,
  }));
  const emp = slug => `demo-emp-${slug}`;

  // Clients.
  const usedSurnames = new Set();
  const personName = (female) => {
    let surname;
    do surname = pick(SURNAMES); while (usedSurnames.has(surname) && usedSurnames.size < SURNAMES.length);
    usedSurnames.add(surname);
    if (usedSurnames.size >= SURNAMES.length) usedSurnames.clear();
    const father = pick(FATHERS);
    return female ? `${feminine(surname)} ${pick(FEMALE)} ${father[1]}` : `${surname} ${pick(MALE)} ${father[0]}`;
  };

  const clients = [];
  const contacts = [];
  const byKey = {};
  COMPANIES.forEach((co, index) => {
    const city = CITIES[co.city];
    const id = `demo-cl-${co.key}`;
    const domain = `${co.slug}.example`;
    const sole = co.form === 'ИП';
    const office = city.region + String(int(1, 30)).padStart(2, '0');
    const inn = sole ? inn12(office + digits(6)) : inn10(office + digits(5));
    const kpp = sole ? '' : `${office}01001`;
    const ogrnValue = sole ? ogrnip(`3${co.year}${city.region}${digits(9)}`) : ogrn(`1${co.year}${city.region}${digits(7)}`);
    const [postcode, street] = pick(city.streets);
    const legalAddress = `${postcode}, ${city.name}, ${street}${sole ? `, кв. ${int(3, 140)}` : `, ${pick(['офис', 'пом.', 'офис'])} ${int(2, 45)}${pick(['', '0', '1'])}`}`;
    let actualAddress = '';
    if (!sole && chance(0.5)) {
      const [p2, s2] = pick(city.streets);
      actualAddress = s2 === street ? `${postcode}, ${city.name}, ${street}, ${int(2, 9)} этаж` : `${p2}, ${city.name}, ${s2}`;
    }
    const mainLocal = localNumber(city);
    const phones = [formatPhone(co.city === 'msk' && chance(0.3) ? city.alt : city.code, mainLocal, index % 6)];
    if (!sole && chance(0.5)) phones.push(`${formatPhone(city.code, mainLocal, 0)} ${pick(EXT)}${int(100, 450)}`);
    if (sole || chance(0.25)) phones.push(mobile());
    const emails = sole ? [`${latin(co.person[0])}.${latin(co.person[1])[0]}${latin(co.person[2])[0]}@mail.example`]
      : [`${pick(['info', 'office', 'mail'])}@${domain}`, ...(chance(0.6) ? [`buh@${domain}`] : [])];
    const name = sole ? `ИП ${co.person[0]} ${co.person[1][0]}. ${co.person[2][0]}.` : `${co.form} «${co.name}»`;
    const legalName = sole ? `Индивидуальный предприниматель ${co.person.join(' ')}` : `${LEGAL_FORM[co.form]} «${co.name}»`;
    const responsibles = [];
    if (co.st !== 'former' || chance(0.5)) responsibles.push({ employee_id: emp(co.key === 'uti' ? 'fedorova' : pick(SALES)), role: 'sales_manager' });
    if (co.st !== 'prospect') responsibles.push({ employee_id: emp(pick(SERVICE)), role: 'service_engineer' });
    if (co.st === 'active' && (co.big || chance(0.6))) responsibles.push({ employee_id: emp(pick(ACCOUNT)), role: 'account_manager' });
    if (co.big) responsibles.push({ employee_id: emp(pick(IMPLEMENT)), role: 'other' });
    if (co.key === 'uti') responsibles.push({ employee_id: emp('morozov'), role: 'other' });

    // Software: the products the client has, the infobases of those with a configuration.
    const products = [];
    const infobases = [];
    for (const pk of co.p) {
      const [pname, version, configuration, prefix, release] = PRODUCTS[pk];
      const licenses = pk === 'its' || pk === 'edo' || pk === 'rep' ? 1 : co.big ? int(20, 60) : sole ? 1 : int(3, 15);
      const lag = co.st === 'former' || chance(0.3);
      products.push({ name: pname, version: lag && release ? OLDER[release].split('.').slice(0, 3).join('.') : version,
        licenses, notes: pk === 'its' ? 'Линия консультаций, обновления, 1С:Контрагент' : pk === 'edo' ? 'Роуминг с Диадоком настроен' : '' });
      if (!configuration) continue;
      const base = `${prefix}_${(co.name || co.person[0]).replace(/[\s-]/g, '')}`;
      infobases.push({ name: base, configuration, version: lag ? OLDER[release] : release, needs_update: lag,
        updated_on: day(lag ? -int(150, 320) : -int(3, 60)),
        notes: lag ? pick(['Есть доработки: перед обновлением сравнить с поставкой', 'Клиент обновляет сам, просил напомнить',
          'Ждёт согласования окна простоя', '']) : '' });
      if (co.big && pk === 'erp') {
        infobases.push({ name: `${base}_Тест`, configuration, version: release, needs_update: false, updated_on: day(-int(2, 20)),
          notes: 'Копия рабочей базы для проверки обновлений и доработок' });
      }
    }

    const client = {
      id, name, legal_name: legalName, kind: sole ? 'sole_trader' : 'legal_entity', inn, kpp, ogrn: ogrnValue,
      legal_address: legalAddress, actual_address: actualAddress, phones, emails,
      website: sole ? '' : pick([`https://${domain}`, `https://www.${domain}`, domain]),
      segment: co.segment, industry: co.industry, size: co.size, source: co.source, status: co.st, tags: co.tags,
      notes: co.notes || '', created_at: workAt(-(co.st === 'prospect' ? int(20, 200) : int(420, 1800)), hhmm()),
      responsibles, products, infobases,
    };
    clients.push(client);

    // Contact persons: 2-5, the first one primary (its position depends on the size).
    const count = sole ? int(2, 3) : co.big ? 5 : int(2, 5);
    const positions = sole ? [['Индивидуальный предприниматель', 'ЛПР', 'ip'], ['Бухгалтер', 'Ключевой пользователь', 'buh'],
      ['Администратор', 'Пользователь', 'admin']] : [POSITIONS[co.big ? 0 : pick([0, 1, 1])], ...shuffled(POSITIONS.slice(1))]
      .filter((p, i, a) => a.findIndex(q => q[0] === p[0]) === i);
    const list = [];
    for (let k = 0; k < count; k++) {
      const [position, role, box] = positions[k];
      const female = sole && k === 0 ? /а$/.test(co.person[0]) || co.person[2].endsWith('вна') : chance(0.55);
      const cname = sole && k === 0 ? co.person.join(' ') : personName(female);
      const [surname, first] = cname.split(' ');
      const cphones = [];
      if (sole && k === 0) cphones.push(phones[phones.length - 1]);
      else cphones.push(`${formatPhone(city.code, mainLocal, pick([0, 0, 1, 2]))} ${pick(EXT)}${int(100, 499)}`);
      if (chance(0.45) || k === 0) cphones.push(mobile());
      const mail = sole ? (k === 0 ? emails[0] : `${latin(surname)}.${latin(first)[0]}@mail.example`)
        : chance(0.5) ? `${latin(surname)}@${domain}` : `${latin(first)[0]}.${latin(surname)}@${domain}`;
      const cemails = [mail];
      if (!sole && (box === 'buh' || box === 'zakupki') && chance(0.5)) cemails.push(`${box}@${domain}`);
      list.push({
        id: `demo-ct-${co.key}-${k + 1}`, client_id: id, name: cname, position, role, phones: [...new Set(cphones)], emails: cemails,
        primary: false,
        notes: pick(['', '', '', 'Звонить после 11:00', 'Предпочитает общение по e-mail', 'Решения согласует с собственником',
          'В отпуске обычно в августе', 'Встречи — по предварительной записи через секретаря', 'Лучше писать в мессенджер, на звонки отвечает редко']),
      });
    }
    // The primary contact: the one we deal with day to day (the chief accountant when there is one).
    const primaryIndex = Math.max(0, list.findIndex(c => /Главный бухгалтер|Индивидуальный/.test(c.position)));
    list[co.big ? 0 : primaryIndex].primary = true;
    contacts.push(...list);
    byKey[co.key] = { co, client, contacts: list };
  });

  // ---- Relationships
  const rel = (n, from, to, kind, note) => ({ id: `demo-rel-${String(n).padStart(2, '0')}`, from_client_id: `demo-cl-${from}`,
    to_client_id: `demo-cl-${to}`, kind, note });
  const relationships = [
    rel(1, 'uti', 'uti-metal', 'parent_of', '100% долей'),
    rel(2, 'uti', 'uti-log', 'parent_of', '75% долей'),
    rel(3, 'uti-metal', 'uti-service', 'parent_of', 'Сервис оборудования завода выделен в отдельное общество'),
    rel(4, 'uti-dev', 'uti', 'same_group', 'Общий собственник'),
    rel(5, 'uti-log', 'uti-metal', 'supplier', 'Доставка готовой продукции заказчикам'),
    rel(6, 'chmp', 'uti-metal', 'supplier', 'Поставка профиля по годовому договору'),
    rel(7, 'td-truby', 'chmp', 'competitor', 'Конкурируют за оптовых покупателей Урала'),
    rel(8, 'translog', 'nnholod', 'supplier', 'Рефрижераторные перевозки'),
    rel(9, 'lc-vostok', 'translog', 'customer', 'Ответственное хранение и кросс-докинг'),
    rel(10, 'kubagro', 'samagro', 'supplier', 'Сельхозтехника и запчасти'),
    rel(11, 'nevkond', 'sibhleb', 'partner', 'Совместные закупки сырья'),
    rel(12, 'farmvita', 'zdorovie', 'affiliated', 'Общий учредитель'),
    rel(13, 'vmk', 'sev-zvezda', 'supplier', 'Молочная продукция для сети дистрибуции'),
    rel(14, 'monolit', 'permstroy', 'customer', 'Закупки стройматериалов для объектов в Пермском крае'),
    rel(15, 'vektor', 'monolit', 'partner', 'Проектирование для строительных объектов'),
    rel(16, 'enisey', 'tns', 'partner', 'Совместный подряд на месторождениях'),
    rel(17, 'it-resh', 'sibhleb', 'competitor', 'Франчайзи: раньше вели «Сибирский хлеб»'),
  ];

  // ---- Interests
  // [title, project, lo, hi (thousands of roubles), which clients it makes sense for]
  const has = (co, ...keys) => keys.some(k => co.p.includes(k));
  const DEALS = [
    ['Внедрение 1С:ERP Управление предприятием 2', 'Цифровизация производства', 2500, 6800, co => !has(co, 'erp') && co.form !== 'ИП'],
    ['Переход с 1С:УТ на 1С:Комплексную автоматизацию', 'Единая учётная система', 900, 2200, co => has(co, 'ut')],
    ['Продление 1С:ИТС ПРОФ на следующий год', '', 95, 450, co => has(co, 'its')],
    ['Подключение 1С-ЭДО и роуминга', '', 30, 85, co => !has(co, 'edo')],
    ['Внедрение 1С:Документооборот', 'Электронный архив', 600, 1500, co => !has(co, 'doc') && co.form !== 'ИП'],
    ['Расчёт зарплаты филиалов в 1С:ЗУП', '', 300, 900, co => has(co, 'zup', 'zupk')],
    ['Обновление конфигурации с доработками', '', 80, 260, co => co.p.length > 0],
    ['Доработка управленческой отчётности', 'Отчётность для собственника', 90, 240, () => true],
    ['Обучение пользователей', '', 40, 120, () => true],
    ['Дополнительные клиентские лицензии', '', 50, 320, co => co.p.length > 0],
    ['Интеграция с маркетплейсами и сайтом', 'Онлайн-продажи', 180, 420, co => has(co, 'ut', 'rozn', 'unf')],
    ['Маркировка товаров «Честный знак»', 'Маркировка', 120, 380, co => co.tags.includes('маркировка')],
    ['Сопровождение по абонентскому договору', '', 150, 600, co => !has(co, 'its')],
    ['Автоматизация кофеен на 1С:Общепит', 'Открытие четвёртой кофейни', 90, 180, co => co.key === 'melnikov'],
  ];
  const WON = ['Договор подписан, предоплата получена', 'Подписали договор после демонстрации',
    'Выбрали нас: опыт в отрасли и сроки', 'Согласовали скидку 7%, договор подписан'];
  const LOST = ['Выбрали конкурента: цена ниже на 15%', 'Нет бюджета в этом году', 'Решили остаться на текущей системе',
    'Проект заморожен собственником', 'Ушли к франчайзи в своём городе', 'Сделали своими силами'];
  const interests = [];
  const OPEN_STATES = ['new', 'qualification', 'proposal', 'negotiation'];
  const DEFAULT_P = { new: 10, qualification: 25, proposal: 50, negotiation: 75, won: 100, lost: 0 };
  for (const { co, client } of Object.values(byKey)) {
    const states = co.st === 'former' ? ['lost', ...(chance(0.5) ? ['won'] : [])]
      : co.st === 'prospect' ? [pick(['new', 'qualification', 'proposal']), ...(chance(0.4) ? [pick(OPEN_STATES)] : [])]
        : [pick(OPEN_STATES), pick(['won', 'won', 'lost']), ...(co.big ? ['negotiation', 'proposal', 'won'] : chance(0.6) ? [pick(OPEN_STATES)] : [])];
    const deals = shuffled(DEALS).filter(d => d[4](co));
    states.forEach((state, k) => {
      const [title, project, lo, hi] = deals[k];
      const closed = state === 'won' || state === 'lost';
      const opened = closed ? -int(120, 360) : co.st === 'prospect' ? -int(5, 90) : -int(10, 150);
      const closeOn = closed ? opened + int(20, 100) : int(10, 120);
      const owner = client.responsibles.find(r => r.role === 'sales_manager')?.employee_id || emp(pick(SALES));
      const eur = co.key === 'samagro' && k === 0;
      interests.push({
        id: `demo-int-${co.key}-${k + 1}`, client_id: client.id, title, project,
        responsible_id: owner, state,
        expected_revenue: eur ? { amount: int(lo, hi) * 10, currency: 'EUR' } : money(int(lo, hi) * 1000),
        probability: closed ? DEFAULT_P[state] : Math.min(95, DEFAULT_P[state] + pick([-5, 0, 0, 5, 10])),
        opened_on: day(opened), close_on: day(Math.min(closeOn, closed ? -1 : closeOn)),
        notes: eur ? 'Оборудование и лицензии зарубежного вендора, оплата в евро' : pick(['', '', 'Решение принимает собственник',
          'Нужна демонстрация на данных клиента', 'Конкурент предлагает на 10% дешевле', 'Бюджет согласован в финансовом плане']),
        close_reason: state === 'won' ? pick(WON) : state === 'lost' ? pick(LOST) : '',
      });
    });
  }

  // ---- Contracts
  const contracts = [];
  let contractSeq = 0;
  const contract = (client, o) => contracts.push({
    id: `demo-ctr-${client.id.slice(8)}-${++contractSeq}`, client_id: client.id, kind: o.kind || 'contract', number: o.number,
    title: o.title, signed_on: o.signed_on ?? null, valid_from: o.valid_from ?? null, valid_to: o.valid_to ?? null,
    status: o.status, amount: o.amount === undefined ? null : o.amount, terms: o.terms || '' });
  const ITS_TERMS = ['Предоплата 100% за год. Реакция на обращение — 4 рабочих часа.',
    'Оплата ежеквартально. Линия консультаций, обновления раз в месяц, 4 выезда в год.',
    'Ежемесячная оплата. Реакция на обращение — 2 рабочих часа, выезд — на следующий день.'];
  // Which clients get which kind of current contract, so that every case is present.
  const expiring = new Set(['uti', 'sev-zvezda', 'zdorovie', 'donmebel', 'farmvita']);   // in force, ends within 30 days
  const expiredActive = new Set(['translog', 'autocenter']);                             // ended, still marked active
  const suspended = new Set(['garipov', 'enisey']);                                      // suspended
  const openEnded = new Set(['safronova', 'it-resh', 'lc-vostok', 'uti-metal']);         // no end date
  let n = 100;
  for (const { co, client } of Object.values(byKey)) {
    const year = d => day(d).slice(0, 4);
    const num = (prefix, d) => `${prefix}-${year(d)}/${String(++n).padStart(3, '0')}`;
    const itsBase = co.big ? int(380, 620) * 1000 : co.form === 'ИП' ? int(30, 60) * 1000 : int(95, 260) * 1000;
    const its = (factor = 1) => money(Math.round(itsBase * factor / 100) * 100);
    if (co.st === 'active') {
      // The current service agreement.
      let from;
      let to;
      if (expiring.has(co.key)) { to = int(3, 28); from = to - 364; }
      else if (expiredActive.has(co.key)) { to = -int(5, 40); from = to - 364; }
      else { to = int(45, 330); from = to - 364; }
      const current = { kind: 'service_agreement', number: num('ИТС', from), title: 'Сопровождение 1С:ИТС ПРОФ и линия консультаций',
        signed_on: day(from - int(2, 10)), valid_from: day(from), valid_to: openEnded.has(co.key) ? null : day(to),
        status: suspended.has(co.key) ? 'suspended' : 'active', amount: its(), terms: pick(ITS_TERMS) };
      if (openEnded.has(co.key)) {
        current.kind = 'contract';
        current.number = `АО-${String(++n).padStart(3, '0')}`;
        current.title = 'Абонентское обслуживание по заявкам';
        current.amount = null;
        current.terms = `Почасовая оплата ${pick(['2 400', '2 800', '3 200'])} ₽/час по заявкам, отчёт о часах ежемесячно.`;
      }
      if (suspended.has(co.key)) current.terms += ' Обслуживание приостановлено до погашения задолженности за два месяца.';
      contract(client, current);
      // Last year's agreement, closed.
      contract(client, { kind: 'service_agreement', number: num('ИТС', from - 365), title: 'Сопровождение 1С:ИТС ПРОФ',
        signed_on: day(from - 372), valid_from: day(from - 365), valid_to: day(from - 1), status: 'closed', amount: its(0.93),
        terms: pick(ITS_TERMS) });
      // The renewal being prepared for the expiring ones (and one for an expired one).
      if (expiring.has(co.key) || co.key === 'translog') {
        const start = co.key === 'translog' ? 1 : to + 1;
        contract(client, { kind: 'service_agreement', number: `${num('ИТС', start)} (проект)`, title: 'Продление сопровождения 1С:ИТС ПРОФ',
          valid_from: day(start), valid_to: day(start + 364), status: 'draft', amount: its(1.07),
          terms: 'Тариф с учётом индексации; скидка 5% при подписании до окончания текущего договора.' });
      }
      // An implementation project: finished (closed) or under way (in force, with an agreement).
      if (co.big || chance(0.4)) {
        const start = -int(120, 900);
        const finished = start < -300;  // a project takes about 5-8 months
        const number = `Д-${String(int(10, 99))}/${year(start)}`;
        const end = finished ? day(start + int(150, 250)) : day(int(60, 200));
        contract(client, { kind: 'contract', number, title: `Внедрение ${PRODUCTS[co.p[0]][0]}`,
          signed_on: day(start - 7), valid_from: day(start), valid_to: end,
          status: finished ? 'closed' : 'active', amount: money(int(600, 4800) * 1000),
          terms: 'Оплата поэтапно по актам: 30% аванс, 40% после опытной эксплуатации, 30% после приёмки.' });
        if (co.big) {
          contract(client, { kind: 'agreement', number: `ДС-1 к ${number}`, title: 'Дополнительное соглашение: расширение объёма работ',
            signed_on: day(start + 40), valid_from: day(start + 40), valid_to: end,
            status: finished ? 'closed' : 'active', amount: money(int(150, 600) * 1000),
            terms: 'Доработка отчётов для производственного учёта, 120 часов.' });
        }
      }
    } else if (co.st === 'former') {
      const to = -int(60, 300);
      contract(client, { kind: 'service_agreement', number: num('ИТС', to - 364), title: 'Сопровождение 1С:ИТС ПРОФ',
        signed_on: day(to - 370), valid_from: day(to - 364), valid_to: day(to), status: 'closed', amount: its(),
        terms: pick(ITS_TERMS) });
      if (chance(0.5)) {
        contract(client, { kind: 'contract', number: `Р-${String(++n).padStart(3, '0')}`, title: 'Разовые работы по обновлению',
          signed_on: day(to - 200), valid_from: day(to - 200), valid_to: day(to - 150), status: 'closed', amount: money(int(20, 90) * 1000) });
      }
    } else if (chance(0.5) || co.key === 'tns') {
      contract(client, { kind: 'contract', number: `${num('Д', 30)} (проект)`, title: `Поставка и внедрение ${PRODUCTS[co.p[0] || 'bp'][0]}`,
        status: 'draft', valid_from: day(int(20, 60)), amount: money(int(120, 1800) * 1000),
        terms: 'Проект договора направлен клиенту, ждём замечаний юристов.' });
    }
  }

  // ---- Interactions: a year of them.
  // [type, direction, subject, body, result] by situation.
  const SUPPORT_IN = [
    ['Ошибка при проведении документа', 'Не проводится реализация: «Недостаточно остатков на складе».', 'Разобрались: не было поступления, провели документы в нужном порядке.'],
    ['Не загружается банковская выписка', 'После смены банка выписка не загружается.', 'Настроили обмен с банком через 1С:ДиректБанк.'],
    ['Вопрос по расчёту отпускных', 'Средний заработок посчитан без премии.', 'Премия была начислена позже; пересчитали отпускные.'],
    ['Не формируется 6-НДФЛ', 'Раздел 2 пустой после обновления.', 'Перезаполнили отчёт после обновления формы.'],
    ['Ошибка обновления конфигурации', 'Обновление прервалось с ошибкой блокировки.', 'Завершили сеансы пользователей, обновление прошло.'],
    ['Не закрывается месяц', 'Ошибка на шаге «Расчёт себестоимости».', 'Исправили распределение затрат, месяц закрыт.'],
    ['Не печатаются этикетки', 'Принтер этикеток не виден в 1С.', 'Переустановили драйвер, этикетки печатаются.'],
    ['Как настроить права пользователя', 'Новому менеджеру нужен доступ только к продажам.', 'Создали группу доступа «Менеджеры продаж».'],
    ['Не отправляется отчётность в ФНС', 'Сертификат подписи просрочен.', 'Перевыпустили сертификат через 1С-Отчётность.'],
    ['Расхождение в акте сверки', 'Контрагент прислал акт с другим сальдо.', 'Нашли задвоенную оплату, сторнировали.'],
    ['Ошибка при выгрузке в банк', 'Банк не принимает файл платёжек.', 'Обновили формат обмена до версии банка.'],
    ['Вопрос по больничному', 'Как оплатить больничный, начавшийся в отпуске.', 'Проконсультировали, инструкция отправлена на почту.'],
  ];
  const CALL_OUT = [
    ['Напоминание об обновлении', 'Конфигурация отстаёт на два релиза.', 'Согласовали обновление на выходных.'],
    ['Контроль качества обслуживания', 'Опрос удовлетворённости за квартал.', 'Оценка 5 из 5, замечаний нет.'],
    ['Приглашение на семинар по изменениям в законодательстве', '', 'Зарегистрировали двух бухгалтеров.'],
    ['Согласование времени обновления', '', 'Обновление в субботу с 10:00.'],
    ['Уточнение потребностей', 'Какие участки учёта хотят автоматизировать в следующем году.', 'Интересует складской учёт и маркировка.'],
    ['Проверка оплаты счёта', '', 'Оплата ушла вчера, прислали платёжку.'],
  ];
  const MEETINGS = [
    ['Обследование бизнес-процессов', 'Интервью с руководителями отделов.', 'Собрали требования, отчёт об обследовании через неделю.'],
    ['Встреча по итогам квартала', 'Обращения, сроки реакции, планы на квартал.', 'Довольны сопровождением, просят обучение новых сотрудников.'],
    ['Обучение пользователей', 'Обучение работе с новым релизом.', 'Обучили 6 сотрудников, материалы отправлены.'],
    ['Демонстрация решения на данных клиента', '', 'Понравилось; просят КП с поэтапным внедрением.'],
    ['Согласование технического задания', 'Разбор замечаний к ТЗ.', 'ТЗ согласовано с правками, подписание на следующей неделе.'],
    ['Приёмка этапа работ', 'Проверка результатов этапа по ТЗ.', 'Этап принят, акт подписан.'],
  ];
  const EMAILS_IN = ['Запрос на доработку отчёта', 'Реквизиты для счёта', 'Вопрос по тарифам ИТС', 'Скриншот ошибки',
    'Замечания к коммерческому предложению', 'Список пользователей для обучения'];
  const EMAILS_OUT = ['Коммерческое предложение', 'Счёт на оплату сопровождения', 'Инструкция по обновлению',
    'Новые тарифы на сопровождение', 'Акт сверки за квартал', 'Материалы после обучения'];
  const LETTERS_IN = ['Письмо о смене банковских реквизитов', 'Гарантийное письмо об оплате', 'Претензия по срокам работ'];
  const LETTERS_OUT = ['Оригиналы актов за квартал', 'Подписанный экземпляр договора', 'Ответ на претензию'];
  const DOCS_IN = ['Подписанный акт выполненных работ', 'Подписанный договор', 'Заявка на доработку'];
  const DOCS_OUT = ['Договор на подпись', 'Акт выполненных работ', 'Счёт-фактура', 'Спецификация к договору'];
  const TASKS = ['Обновить конфигурацию до актуального релиза', 'Подготовить коммерческое предложение', 'Выставить счёт на продление',
    'Проверить резервное копирование баз', 'Подготовить акт выполненных работ', 'Настроить регламентные задания'];
  const NOTES = ['Смена главного бухгалтера', 'Клиент переезжает в новый офис', 'Переходят на ЭДО со всеми контрагентами',
    'Отзыв о работе консультанта: доволен', 'Бюджет на ИТ утверждён на следующий год', 'Сменился генеральный директор'];
  const CANCEL = ['Клиент попросил перенести', 'Перенесено: контакт на больничном', 'Отменено: вопрос решили по почте'];
  const protocol = (client, names) => 'Протокол встречи\n' +
    `Клиент: ${client.name}\nУчастники: ${names.join(', ')}\n` +
    '1. Текущие обращения и сроки реакции.\n2. План обновлений на квартал.\n3. Коммерческое предложение по развитию.\n';

  const interactions = [];
  for (const { co, client, contacts: list } of Object.values(byKey)) {
    const owners = client.responsibles.map(r => r.employee_id);
    if (owners.length === 0) owners.push(emp(pick(SALES)));
    const service = client.responsibles.find(r => r.role === 'service_engineer')?.employee_id || owners[0];
    const sales = client.responsibles.find(r => r.role === 'sales_manager')?.employee_id || owners[0];
    const mine = interests.filter(x => x.client_id === client.id);
    const open = mine.filter(x => x.state !== 'won' && x.state !== 'lost');
    // How many and over which days: a year for active clients, the last months for
    // prospects, the old times for former ones.
    const count = co.st === 'active' ? (co.big ? int(55, 75) : int(28, 50)) : co.st === 'prospect' ? int(6, 14) : int(8, 15);
    const span = co.st === 'active' ? [-365, -1] : co.st === 'prospect' ? [-120, -1] : [-365, -60];
    const days = Array.from({ length: count }, () => int(span[0], span[1])).sort((a, b) => a - b);
    let seq = 0;
    const push = (o) => {
      const contactId = o.contact === undefined ? null : o.contact;
      interactions.push({
        id: `demo-ia-${co.key}-${String(++seq).padStart(3, '0')}`, client_id: client.id, contact_id: contactId,
        interest_id: o.interest || null, type: o.type, direction: o.direction, subject: o.subject, body: o.body || '',
        result: o.status === 'done' ? o.result || '' : '', at: workAt(o.day, o.time || hhmm()),
        duration_min: o.status === 'done' ? o.minutes || 0 : o.type === 'meeting' ? o.minutes || 60 : 0, status: o.status,
        owner_id: o.owner, attachments: o.attachments || [],
      });
    };
    const someContact = () => pick(list).id;
    const primary = list.find(c => c.primary).id;
    for (const d of days) {
      const cancelled = chance(0.05);
      const status = cancelled ? 'cancelled' : 'done';
      const r = rnd.next();
      const deal = mine.length && chance(0.3) ? pick(mine) : null;
      // Linked to a deal only while the deal was open.
      const dealOk = deal && d >= dayOffset(today, deal.opened_on) &&
        ((deal.state !== 'won' && deal.state !== 'lost') || d <= dayOffset(today, deal.close_on));
      const interest = dealOk ? deal.id : null;
      const extra = cancelled ? { body: pick(CANCEL) } : {};
      if (r < 0.28) {
        const [subject, body, result] = pick(SUPPORT_IN);
        push({ day: d, type: 'call', direction: 'in', subject, body, result: chance(0.85) ? result : '', status, contact: someContact(),
          owner: service, minutes: int(5, 40), ...extra });
      } else if (r < 0.42) {
        const [subject, body, result] = interest ? [pick(['Обсуждение объёма работ', 'Вопросы по коммерческому предложению', 'Уточнение требований']),
          'Уточнили объём работ и сроки.',
          pick(['Ждут КП до конца недели', 'Решение после согласования бюджета', 'Договорились о демонстрации'])] : pick(CALL_OUT);
        push({ day: d, type: 'call', direction: 'out', subject, body, result: chance(0.8) ? result : '', status, contact: someContact(),
          owner: interest ? sales : pick(owners), minutes: int(3, 25), interest, ...extra });
      } else if (r < 0.52) {
        const [subject, body, result] = interest ? [pick(['Презентация решения', 'Обсуждение коммерческого предложения', 'Согласование плана работ']),
          'Сроки, бюджет, риски.',
          pick(['Договорились о пилотном этапе', 'Клиент просит скидку, обсудим внутри', 'Согласовали план работ'])] : pick(MEETINGS);
        const attach = !cancelled && chance(0.15);
        const text = attach ? protocol(client, list.slice(0, 2).map(c => c.name)) : '';
        push({ day: d, type: 'meeting', direction: pick(['none', 'out', 'in']), subject, body, result, status, contact: primary,
          owner: interest ? sales : pick(owners), minutes: pick([45, 60, 90, 120, 180]), interest, ...extra,
          attachments: attach ? [{ name: 'Протокол встречи.txt', mime: 'text/plain', size: byteLength(text), data: base64(text) }] : [] });
      } else if (r < 0.68) {
        const incoming = chance(0.5);
        push({ day: d, type: 'email', direction: incoming ? 'in' : 'out', subject: interest && !incoming ? `КП: ${deal.title}` : pick(incoming ? EMAILS_IN : EMAILS_OUT),
          body: '', status: cancelled ? 'done' : status, contact: someContact(), owner: pick(owners), interest });
      } else if (r < 0.74) {
        const incoming = chance(0.5);
        push({ day: d, type: 'letter', direction: incoming ? 'in' : 'out', subject: pick(incoming ? LETTERS_IN : LETTERS_OUT),
          body: incoming ? 'Оригинал получен почтой.' : 'Отправлено курьером.', status: 'done', contact: someContact(), owner: pick(owners) });
      } else if (r < 0.84) {
        const incoming = chance(0.4);
        push({ day: d, type: 'document', direction: incoming ? 'in' : 'out', subject: pick(incoming ? DOCS_IN : DOCS_OUT),
          body: pick(['Через Диадок.', 'Через 1С-ЭДО.', 'Оригинал на бумаге.']), status: 'done', contact: someContact(), owner: pick(owners), interest });
      } else if (r < 0.94) {
        push({ day: d, type: 'task', direction: 'none', subject: pick(TASKS), body: '', status, contact: null,
          owner: pick([service, ...owners]), minutes: chance(0.5) ? int(30, 240) : 0, interest, ...extra });
      } else {
        push({ day: d, type: 'note', direction: 'none', subject: pick(NOTES), body: '', status: 'done', contact: null, owner: pick(owners) });
      }
    }
    // Planned work ahead (active clients and prospects), the next activity of open deals,
    // and a few overdue ones (planned, their day gone by).
    if (co.st !== 'former') {
      for (const deal of open) {
        if (chance(0.85)) {
          const meeting = chance(0.4);
          push({ day: int(1, 25), type: meeting ? 'meeting' : 'call', direction: 'out',
            subject: meeting ? pick(['Презентация решения руководству', 'Согласование сметы и сроков', 'Демонстрация на данных клиента'])
              : pick(['Узнать решение по КП', 'Уточнить бюджет и сроки', 'Договориться о демонстрации']),
            body: meeting ? 'Показать план работ и смету.' : '',
            status: 'planned', contact: primary, owner: deal.responsible_id, minutes: meeting ? 90 : 0, interest: deal.id });
        }
      }
      const ahead = co.st === 'active' ? int(1, 3) : int(0, 1);
      for (let k = 0; k < ahead; k++) {
        const kind = pick(['task', 'call', 'task', 'meeting']);
        push({ day: int(1, 30), type: kind, direction: kind === 'call' ? 'out' : kind === 'meeting' ? 'out' : 'none',
          subject: kind === 'task' ? pick(TASKS) : kind === 'call' ? pick(CALL_OUT)[0] : pick(MEETINGS)[0],
          status: 'planned', contact: kind === 'task' ? null : someContact(), owner: kind === 'task' ? service : pick(owners),
          minutes: kind === 'meeting' ? 60 : 0 });
      }
      if (chance(co.st === 'active' ? 0.4 : 0.2) || co.key === 'uti') {
        push({ day: -int(1, 9), type: pick(['call', 'task']), direction: 'out', subject: pick(['Перезвонить по счёту', 'Отправить акт сверки',
          'Уточнить дату обновления']), status: 'planned', contact: primary, owner: pick(owners) });
        const last = interactions[interactions.length - 1];
        if (last.type === 'task') { last.direction = 'none'; last.contact_id = null; }
      }
    }
  }
  return documentOf(`${today}T09:00:00+03:00`, { employees, clients, contacts, interactions, interests, relationships, contracts });
}

// Whole days from `today` to `date` (both YYYY-MM-DD).
function dayOffset(today, date) {
  return Math.round((Date.parse(date + 'T00:00:00Z') - Date.parse(today + 'T00:00:00Z')) / 86400000);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2), ['today', 'seed', 'out']);
    const today = referenceDay(args.today || DEFAULT_DAY);
    if (args.seed !== undefined && !/^\d+$/.test(args.seed)) throw new Error(`--seed must be a whole number, got "${args.seed}"`);
    const seed = args.seed === undefined ? DEFAULT_SEED : Number(args.seed);
    const out = args.out || path.join(here, '..', 'assets', 'demo.json');
    const text = documentText(buildDemo(today, seed));
    fs.writeFileSync(out, text);
    const doc = JSON.parse(text);
    const counts = ['employees', 'clients', 'contacts', 'interactions', 'interests', 'relationships', 'contracts']
      .map(k => `${doc[k].length} ${k}`).join(', ');
    console.log(`wrote ${out} (reference day ${today}, seed ${seed}, ${Buffer.byteLength(text)} bytes): ${counts}`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
