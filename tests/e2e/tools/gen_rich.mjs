// Writes tests/e2e/fixtures/rich.json: a realistic store in interchange format v1 for
// screenshots and browser tests, dated relative to a reference day (default: today in
// Moscow), so that "expires in N days", planned and overdue items stay true when the
// fixture is regenerated:
//   node tests/e2e/tools/gen_rich.mjs [--today YYYY-MM-DD] [--out PATH]
// `exported_at` is the reference day at 09:00 +03:00; tests that check dates read it.
//
// Contents: six employees (office phone with extensions), four clients:
// - «ТехноСтрой» (cl-technostroy), everything filled: valid INN/KPP/OGRN, two phones,
//   e-mails, site, segmentation and tags, four responsibles with roles, four products,
//   four infobases (one needs an update), four contacts (one primary), a contract in
//   force that ends in 18 days, an old closed one and a draft renewal, four interests,
//   41 interactions over the last year: every type and direction, done / planned /
//   cancelled, five planned ahead, one overdue (planned three days ago), results of done
//   calls and meetings, a meeting with a small text attachment;
// - «Северный ветер» (cl-severny-veter): its service contract ended 12 days ago, so no
//   contract is in force;
// - ИП Кузнецов (cl-ip-kuznetsov): a sole trader with a valid 12-digit INN and 15-digit
//   OGRNIP, an open-ended contract;
// - «Волга-Логистик» (cl-volga): a prospect, no contracts; supplier to «ТехноСтрой»;
// - a group of companies around «ТехноСтрой» (valid INN/KPP/OGRN each): the holding
//   АО «СтройИнвест Холдинг» (cl-stroyinvest) parent of «ТехноСтрой» and of
//   «ТехноСтрой-Монтаж» (cl-ts-montazh), which is parent of the small «Монтаж-Сервис»
//   (cl-montazh-servis) and a subcontractor (supplier) of «ТехноСтрой»; the sister
//   «СИ Девелопмент» (cl-si-development) is in the same group as «ТехноСтрой» (no parent).
//   The group seen from any of them: 5 companies. «ТехноСтрой» is also a partner of
//   «Северный ветер» (not the group).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { base64, byteLength, calendar, documentOf, inn10, inn12, ogrn, ogrnip, parseArgs, referenceDay } from './fixture_lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const OFFICE = '+7 495 777-10-10';

export function buildRich(today) {
  const { day, at, workAt } = calendar(today);

  const employees = [
    ['emp-orlova', 'Орлова Екатерина Дмитриевна', 'Менеджер по продажам', 'Отдел продаж', `${OFFICE} доб. 123`, 'e.orlova@partner-1c.example'],
    ['emp-lebedev', 'Лебедев Максим Олегович', 'Ведущий инженер сопровождения', 'Сервисный отдел', `${OFFICE} доб. 214`, 'm.lebedev@partner-1c.example'],
    ['emp-kozlova', 'Козлова Анна Игоревна', 'Аккаунт-менеджер', 'Клиентский отдел', `${OFFICE} доб. 131`, 'a.kozlova@partner-1c.example'],
    ['emp-nikitin', 'Никитин Сергей Павлович', 'Программист 1С', 'Отдел внедрения', `${OFFICE} доб. 245`, 's.nikitin@partner-1c.example'],
    ['emp-fedorova', 'Фёдорова Ирина Алексеевна', 'Руководитель отдела продаж', 'Отдел продаж', `${OFFICE} доб. 101`, 'i.fedorova@partner-1c.example'],
    ['emp-sokolov', 'Соколов Павел Викторович', 'Консультант по 1С:ЗУП', 'Отдел внедрения', `${OFFICE} доб. 260`, 'p.sokolov@partner-1c.example'],
  ].map(([id, name, position, department, phone, email]) => ({ id, name, position, department, phone, email }));

  const client = (o) => ({
    id: o.id, name: o.name, legal_name: o.legal_name || '', kind: o.kind || 'legal_entity',
    inn: o.inn || '', kpp: o.kpp || '', ogrn: o.ogrn || '',
    legal_address: o.legal_address || '', actual_address: o.actual_address || '',
    phones: o.phones || [], emails: o.emails || [], website: o.website || '',
    segment: o.segment || '', industry: o.industry || '', size: o.size || '', source: o.source || '',
    status: o.status || 'active', tags: o.tags || [], notes: o.notes || '',
    created_at: o.created_at || null, responsibles: o.responsibles || [], products: o.products || [],
    infobases: o.infobases || [],
  });
  const resp = (employee_id, role) => ({ employee_id, role });

  const clients = [
    client({
      id: 'cl-technostroy',
      name: 'ООО «ТехноСтрой»',
      legal_name: 'Общество с ограниченной ответственностью «ТехноСтрой»',
      inn: inn10('771412345'),
      kpp: '771401001',
      ogrn: ogrn('112774612345'),
      legal_address: '127015, г. Москва, ул. Бутырская, д. 62, офис 418',
      actual_address: '127015, г. Москва, ул. Бутырская, д. 62, 4 этаж',
      phones: ['+7 495 640-12-00', '8 (916) 700-45-12'],
      emails: ['info@technostroy.example', 'buh@technostroy.example'],
      website: 'https://technostroy.example',
      segment: 'Крупный бизнес',
      industry: 'Строительство',
      size: '250–500 сотрудников',
      source: 'Конференция «1С:Строительство»',
      status: 'active',
      tags: ['ключевой', '1С:ERP', 'Москва', 'ЭДО'],
      notes: 'Генподрядчик жилых комплексов. Закрывающие документы только через ЭДО (Контур.Диадок); счета — на buh@.',
      created_at: at(-1065, '11:20'),
      responsibles: [resp('emp-orlova', 'sales_manager'), resp('emp-lebedev', 'service_engineer'),
        resp('emp-kozlova', 'account_manager'), resp('emp-nikitin', 'other')],
      products: [
        { name: '1С:ERP Управление предприятием 2', version: '2.5.17', licenses: 30, notes: 'Клиентские лицензии на 30 рабочих мест' },
        { name: '1С:Зарплата и управление персоналом 8 КОРП', version: '3.1.30', licenses: 15, notes: '' },
        { name: '1С:Документооборот 8 КОРП', version: '3.0.13', licenses: 20, notes: 'Интеграция с ERP' },
        { name: '1С:ИТС ПРОФ', version: '', licenses: 1, notes: 'Линия консультаций, обновления' },
      ],
      infobases: [
        { name: 'ERP_ТехноСтрой', configuration: '1С:ERP Управление предприятием 2', version: '2.5.17.95', needs_update: true,
          updated_on: day(-121), notes: 'Доработки в подсистеме «Производство»: перед обновлением сравнить с поставкой' },
        { name: 'ЗУП_ТехноСтрой', configuration: '1С:Зарплата и управление персоналом 8 КОРП', version: '3.1.30.85',
          needs_update: false, updated_on: day(-14), notes: '' },
        { name: 'ДО_ТехноСтрой', configuration: '1С:Документооборот 8 КОРП', version: '3.0.13.22', needs_update: false,
          updated_on: day(-40), notes: '' },
        { name: 'ERP_Тестовая', configuration: '1С:ERP Управление предприятием 2', version: '2.5.19.41', needs_update: false,
          updated_on: day(-6), notes: 'Копия рабочей базы для проверки обновления' },
      ],
    }),
    client({
      id: 'cl-severny-veter',
      name: 'ООО «Северный ветер»',
      legal_name: 'Общество с ограниченной ответственностью «Северный ветер»',
      inn: inn10('780214876'),
      kpp: '780201001',
      ogrn: ogrn('115784700321'),
      legal_address: '191028, г. Санкт-Петербург, ул. Моховая, д. 26, лит. А, пом. 3-Н',
      phones: ['+7 (812) 309-55-10'],
      emails: ['office@sev-veter.example'],
      website: 'sev-veter.example',
      segment: 'Средний бизнес',
      industry: 'Оптовая торговля',
      size: '80 сотрудников',
      source: 'Рекомендация клиента',
      status: 'active',
      tags: ['Санкт-Петербург', '1С:УТ'],
      notes: 'Договор сопровождения закончился, продление пока не подписано.',
      created_at: at(-690, '15:05'),
      responsibles: [resp('emp-orlova', 'sales_manager'), resp('emp-lebedev', 'service_engineer')],
      products: [{ name: '1С:Управление торговлей 11', version: '11.5.16', licenses: 12, notes: '' }],
      infobases: [{ name: 'УТ_СевВетер', configuration: '1С:Управление торговлей 11', version: '11.5.16.120',
        needs_update: false, updated_on: day(-33), notes: '' }],
    }),
    client({
      id: 'cl-ip-kuznetsov',
      name: 'ИП Кузнецов А. П.',
      legal_name: 'Индивидуальный предприниматель Кузнецов Андрей Петрович',
      kind: 'sole_trader',
      inn: inn12('5024123456'),
      ogrn: ogrnip('31650240001234'),
      legal_address: '143401, Московская обл., г. Красногорск, ул. Ленина, д. 12, кв. 7',
      phones: ['8 903 555-12-34'],
      emails: ['kuznetsov.ap@mail.example'],
      segment: 'Малый бизнес',
      industry: 'Розничная торговля',
      size: '6 сотрудников',
      source: 'Сайт',
      status: 'active',
      tags: ['ИП', 'Розница'],
      created_at: at(-400, '12:40'),
      responsibles: [resp('emp-kozlova', 'account_manager')],
      products: [{ name: '1С:Розница 8 базовая', version: '2.3.18', licenses: 1, notes: '' }],
      infobases: [{ name: 'Розница_Кузнецов', configuration: '1С:Розница 8 базовая', version: '2.3.18.70',
        needs_update: true, updated_on: day(-190), notes: 'Обновляет сам, просили напомнить' }],
    }),
    client({
      id: 'cl-volga',
      name: 'АО «Волга-Логистик»',
      legal_name: 'Акционерное общество «Волга-Логистик»',
      inn: inn10('526012345'),
      kpp: '526001001',
      ogrn: ogrn('102520345678'),
      legal_address: '603005, г. Нижний Новгород, ул. Минина, д. 16',
      phones: ['+7 831 433-00-77'],
      emails: ['zakupki@volga-log.example'],
      website: 'https://volga-log.example',
      segment: 'Средний бизнес',
      industry: 'Логистика',
      size: '150 сотрудников',
      source: 'Входящий звонок',
      status: 'prospect',
      tags: ['Нижний Новгород'],
      created_at: at(-25, '09:50'),
      responsibles: [resp('emp-fedorova', 'sales_manager')],
    }),
    // The group of companies of «ТехноСтрой».
    client({
      id: 'cl-stroyinvest',
      name: 'АО «СтройИнвест Холдинг»',
      legal_name: 'Акционерное общество «СтройИнвест Холдинг»',
      inn: inn10('770945612'),
      kpp: '770901001',
      ogrn: ogrn('110774600123'),
      legal_address: '125047, г. Москва, ул. 1-я Тверская-Ямская, д. 23, стр. 1',
      phones: ['+7 495 980-44-00'],
      emails: ['office@stroyinvest.example'],
      website: 'https://stroyinvest.example',
      segment: 'Крупный бизнес',
      industry: 'Строительство',
      size: '40 сотрудников (управляющая компания)',
      source: 'Через «ТехноСтрой»',
      status: 'prospect',
      tags: ['холдинг', 'Москва'],
      notes: 'Управляющая компания группы. Решения об ИТ-бюджете дочерних принимаются здесь.',
      created_at: at(-300, '10:10'),
      responsibles: [resp('emp-fedorova', 'sales_manager')],
    }),
    client({
      id: 'cl-ts-montazh',
      name: 'ООО «ТехноСтрой-Монтаж»',
      legal_name: 'Общество с ограниченной ответственностью «ТехноСтрой-Монтаж»',
      inn: inn10('771598765'),
      kpp: '771501001',
      ogrn: ogrn('114774630987'),
      legal_address: '129626, г. Москва, Проспект Мира, д. 102, стр. 34',
      phones: ['+7 495 640-12-50'],
      emails: ['montazh@technostroy.example'],
      segment: 'Средний бизнес',
      industry: 'Строительство',
      size: '120 сотрудников',
      source: 'Через «ТехноСтрой»',
      status: 'active',
      tags: ['Москва', '1С:Бухгалтерия'],
      notes: 'Монтаж инженерных систем на объектах «ТехноСтроя».',
      created_at: at(-520, '14:30'),
      responsibles: [resp('emp-lebedev', 'service_engineer')],
      products: [{ name: '1С:Бухгалтерия 8 ПРОФ', version: '3.0.160', licenses: 5, notes: '' }],
    }),
    client({
      id: 'cl-montazh-servis',
      name: 'ООО «Монтаж-Сервис»',
      legal_name: 'Общество с ограниченной ответственностью «Монтаж-Сервис»',
      inn: inn10('503212345'),
      kpp: '503201001',
      ogrn: ogrn('118503200456'),
      legal_address: '141407, Московская обл., г. Химки, ул. Заводская, д. 8',
      phones: ['+7 495 640-12-70'],
      emails: ['servis@montazh-servis.example'],
      segment: 'Малый бизнес',
      industry: 'Сервисное обслуживание',
      size: '18 сотрудников',
      source: 'Через «ТехноСтрой»',
      status: 'prospect',
      created_at: at(-90, '11:45'),
    }),
    client({
      id: 'cl-si-development',
      name: 'ООО «СИ Девелопмент»',
      legal_name: 'Общество с ограниченной ответственностью «СИ Девелопмент»',
      inn: inn10('772587654'),
      kpp: '772501001',
      ogrn: ogrn('117774601234'),
      legal_address: '117105, г. Москва, Варшавское шоссе, д. 9, стр. 1Б',
      phones: ['+7 495 980-44-20'],
      emails: ['info@si-development.example'],
      segment: 'Средний бизнес',
      industry: 'Девелопмент',
      size: '60 сотрудников',
      source: 'Через «ТехноСтрой»',
      status: 'prospect',
      notes: 'Тот же собственник, что у «СтройИнвест Холдинга»; юридически не его дочерняя компания.',
      created_at: at(-60, '16:20'),
    }),
  ];

  const contact = (id, client_id, name, position, role, phones, emails, primary = false, notes = '') =>
    ({ id, client_id, name, position, role, phones, emails, primary, notes });
  const contacts = [
    contact('ct-ts-volkov', 'cl-technostroy', 'Волков Игорь Николаевич', 'Генеральный директор', 'ЛПР',
      ['+7 495 640-12-00 доб. 100', '+7 903 123-45-67'], ['volkov@technostroy.example'], false,
      'Решения по бюджету; встречи — только по предварительной записи через секретаря'),
    contact('ct-ts-belova', 'cl-technostroy', 'Белова Наталья Сергеевна', 'Главный бухгалтер', 'Ключевой пользователь',
      ['+7 495 640-12-00 доб. 214'], ['belova@technostroy.example', 'buh@technostroy.example'], true,
      'Основной контакт по сопровождению; звонить после 11:00'),
    contact('ct-ts-gromov', 'cl-technostroy', 'Громов Денис Андреевич', 'Руководитель ИТ-отдела', 'Технический специалист',
      ['8 (916) 222-33-44'], ['it@technostroy.example']),
    contact('ct-ts-zaitseva', 'cl-technostroy', 'Зайцева Ольга Викторовна', 'Специалист по закупкам', 'Закупки',
      ['+7 495 640-12-00 доб. 305'], ['zakupki@technostroy.example']),
    contact('ct-sv-morozov', 'cl-severny-veter', 'Морозов Кирилл Евгеньевич', 'Финансовый директор', 'ЛПР',
      ['+7 (812) 309-55-10 доб. 12', '+7 921 640-00-18'], ['morozov@sev-veter.example'], true),
    contact('ct-sv-pavlova', 'cl-severny-veter', 'Павлова Дарья Олеговна', 'Бухгалтер', 'Пользователь',
      ['+7 (812) 309-55-10 доб. 17'], ['buh@sev-veter.example']),
    contact('ct-kz-kuznetsov', 'cl-ip-kuznetsov', 'Кузнецов Андрей Петрович', 'Индивидуальный предприниматель', 'ЛПР',
      ['8 903 555-12-34'], ['kuznetsov.ap@mail.example'], true),
    contact('ct-vl-sorokina', 'cl-volga', 'Сорокина Елена Викторовна', 'Директор по ИТ', 'ЛПР',
      ['+7 831 433-00-77 доб. 401'], ['sorokina@volga-log.example'], true),
  ];

  const money = amount => ({ amount, currency: 'RUB' });
  const interests = [
    { id: 'int-ts-erp-update', client_id: 'cl-technostroy', title: 'Обновление 1С:ERP до 2.5.19', project: 'Модернизация учёта 2027',
      responsible_id: 'emp-orlova', state: 'negotiation', expected_revenue: money(1280000), probability: 70,
      opened_on: day(-75), close_on: day(35), notes: 'Перенос доработок «Производства» оценён в 120 часов.' },
    { id: 'int-ts-zup-branches', client_id: 'cl-technostroy', title: 'Расчёт зарплаты трёх филиалов в ЗУП КОРП', project: '',
      responsible_id: 'emp-kozlova', state: 'proposal', expected_revenue: money(640000.5), probability: 40,
      opened_on: day(-40), close_on: day(60), notes: '' },
    { id: 'int-ts-its-renewal', client_id: 'cl-technostroy', title: 'Продление ИТС ПРОФ на следующий год', project: '',
      responsible_id: 'emp-kozlova', state: 'negotiation', expected_revenue: money(433440), probability: 90,
      opened_on: day(-20), close_on: day(18), notes: 'Скидка 5% при продлении до окончания текущего договора.' },
    { id: 'int-ts-edo', client_id: 'cl-technostroy', title: 'Подключение 1С-ЭДО', project: '',
      responsible_id: 'emp-orlova', state: 'won', expected_revenue: money(48000), probability: 100,
      opened_on: day(-210), close_on: day(-150), notes: '' },
    { id: 'int-sv-renewal', client_id: 'cl-severny-veter', title: 'Возобновление сопровождения', project: '',
      responsible_id: 'emp-orlova', state: 'qualification', expected_revenue: money(186000), probability: 30,
      opened_on: day(-15), close_on: day(45), notes: '' },
  ];

  const contracts = [
    { id: 'ctr-ts-its', client_id: 'cl-technostroy', kind: 'service_agreement', number: 'ИТС-2025/118',
      title: 'Договор на сопровождение 1С:ИТС ПРОФ и линию консультаций', signed_on: day(-352), valid_from: day(-347),
      valid_to: day(18), status: 'active', amount: money(412800),
      terms: 'Предоплата 100% за год. Реакция на обращение — 4 рабочих часа. Скидка 5% при продлении до окончания срока.' },
    { id: 'ctr-ts-impl', client_id: 'cl-technostroy', kind: 'contract', number: 'Д-47/2023',
      title: 'Договор на внедрение 1С:ERP (этап 1)', signed_on: day(-1010), valid_from: day(-1000), valid_to: day(-640),
      status: 'closed', amount: money(3850000), terms: 'Оплата поэтапно по актам, 30/40/30.' },
    { id: 'ctr-ts-its-next', client_id: 'cl-technostroy', kind: 'service_agreement', number: 'ИТС-2026/… (проект)',
      title: 'Продление сопровождения 1С:ИТС ПРОФ', signed_on: null, valid_from: day(19), valid_to: day(383),
      status: 'draft', amount: money(433440), terms: 'Тариф +5%, скидка 5% при подписании до окончания текущего договора.' },
    { id: 'ctr-sv-its', client_id: 'cl-severny-veter', kind: 'service_agreement', number: 'С-12/2025',
      title: 'Сопровождение 1С:Управление торговлей', signed_on: day(-380), valid_from: day(-377), valid_to: day(-12),
      status: 'active', amount: money(186000), terms: 'Ежемесячная оплата 15 500 ₽.' },
    { id: 'ctr-kz-service', client_id: 'cl-ip-kuznetsov', kind: 'contract', number: '№ 8/ИП',
      title: 'Абонентское обслуживание', signed_on: day(-395), valid_from: day(-390), valid_to: null,
      status: 'active', amount: null, terms: 'Почасовая оплата 2 400 ₽/час по заявкам.' },
  ];

  const relationships = [
    { id: 'rel-volga-ts', from_client_id: 'cl-volga', to_client_id: 'cl-technostroy', kind: 'supplier',
      note: 'Перевозка стройматериалов на объекты' },
    { id: 'rel-ts-sv', from_client_id: 'cl-technostroy', to_client_id: 'cl-severny-veter', kind: 'partner',
      note: 'Общий поставщик оборудования' },
    // The group of companies.
    { id: 'rel-si-ts', from_client_id: 'cl-stroyinvest', to_client_id: 'cl-technostroy', kind: 'parent_of',
      note: '100% долей' },
    { id: 'rel-si-montazh', from_client_id: 'cl-stroyinvest', to_client_id: 'cl-ts-montazh', kind: 'parent_of',
      note: '75% долей' },
    { id: 'rel-montazh-servis', from_client_id: 'cl-ts-montazh', to_client_id: 'cl-montazh-servis', kind: 'parent_of',
      note: 'Сервисное обслуживание смонтированных систем' },
    { id: 'rel-dev-ts', from_client_id: 'cl-si-development', to_client_id: 'cl-technostroy', kind: 'same_group',
      note: 'Общий собственник' },
    { id: 'rel-montazh-ts', from_client_id: 'cl-ts-montazh', to_client_id: 'cl-technostroy', kind: 'supplier',
      note: 'Субподряд: монтаж инженерных систем' },
  ];

  const protocol = 'Протокол встречи\n' +
    'Участники: Волков И. Н., Белова Н. С., Громов Д. А.; Орлова Е. Д., Лебедев М. О.\n' +
    '1. Обновление ERP до 2.5.19 — в тестовой базе до конца месяца.\n' +
    '2. Продление ИТС ПРОФ — КП со скидкой 5%.\n' +
    '3. ЗУП КОРП для филиалов — оценка трудозатрат.\n';

  // [id, day, time, type, direction, status, contact, owner, interest, subject, body, result, minutes]
  const rows = [
    ['01', -362, '10:15', 'call', 'in', 'done', 'ct-ts-belova', 'emp-lebedev', '', 'Ошибка при закрытии месяца', 'Не закрывается счёт 20 «Основное производство».', 'Исправили распределение затрат, месяц закрыт.', 35],
    ['02', -350, '11:00', 'document', 'out', 'done', 'ct-ts-belova', 'emp-kozlova', '', 'Договор ИТС-2025/118 на подпись', 'Направлен через Диадок.', '', 0],
    ['03', -341, '16:20', 'email', 'in', 'done', 'ct-ts-zaitseva', 'emp-kozlova', '', 'Счёт на ИТС получен', 'Оплата запланирована на пятницу.', '', 0],
    ['04', -318, '09:40', 'call', 'out', 'done', 'ct-ts-gromov', 'emp-lebedev', '', 'Плановое обновление ЗУП', 'Согласовали окно обновления.', 'Обновление в субботу с 10:00.', 12],
    ['05', -300, '10:00', 'task', 'none', 'done', '', 'emp-lebedev', '', 'Обновить ЗУП до 3.1.28', 'Сделать резервную копию перед обновлением.', '', 0],
    ['06', -287, '14:30', 'meeting', 'none', 'done', 'ct-ts-volkov', 'emp-orlova', 'int-ts-edo', 'Презентация 1С-ЭДО', 'Показали обмен с контрагентами и роуминг.', 'Решили подключать ЭДО, ждут КП.', 90],
    ['07', -280, '12:00', 'email', 'out', 'done', 'ct-ts-volkov', 'emp-orlova', 'int-ts-edo', 'КП на подключение 1С-ЭДО', 'Коммерческое предложение во вложении.', '', 0],
    ['08', -265, '11:10', 'call', 'in', 'done', 'ct-ts-zaitseva', 'emp-orlova', 'int-ts-edo', 'Вопросы по КП на ЭДО', 'Уточняли стоимость роуминга.', 'Цена устроила, готовят договор.', 8],
    ['09', -251, '15:00', 'letter', 'in', 'done', 'ct-ts-belova', 'emp-kozlova', '', 'Письмо о смене банковских реквизитов', 'Оригинал на бланке, получен почтой.', '', 0],
    ['10', -236, '10:30', 'note', 'none', 'done', '', 'emp-kozlova', '', 'Смена главного бухгалтера', 'С 1-го числа главный бухгалтер — Белова Н. С.', '', 0],
    ['11', -222, '13:45', 'call', 'out', 'cancelled', 'ct-ts-volkov', 'emp-orlova', 'int-ts-edo', 'Согласование сроков ЭДО', 'Перенесено: директор в командировке.', '', 0],
    ['12', -210, '10:00', 'meeting', 'out', 'done', 'ct-ts-gromov', 'emp-nikitin', 'int-ts-edo', 'Настройка 1С-ЭДО на площадке клиента', 'Подключили сертификаты, настроили роуминг.', 'ЭДО работает, первые документы отправлены.', 240],
    ['13', -196, '17:05', 'email', 'in', 'done', 'ct-ts-gromov', 'emp-nikitin', '', 'Не уходят УПД в роуминг', 'Скриншот ошибки во вложении письма.', '', 0],
    ['14', -195, '09:20', 'call', 'out', 'done', 'ct-ts-gromov', 'emp-nikitin', '', 'Разбор ошибки роуминга', '', 'Оператор контрагента не подтвердил роуминг; заявка отправлена.', 20],
    ['15', -170, '11:00', 'document', 'in', 'done', 'ct-ts-belova', 'emp-kozlova', 'int-ts-edo', 'Акт выполненных работ по ЭДО', 'Подписан в Диадоке.', '', 0],
    ['16', -150, '10:00', 'call', 'in', 'done', 'ct-ts-belova', 'emp-lebedev', '', 'Не формируется 6-НДФЛ', 'После обновления ЗУП отчёт пустой.', 'Перезаполнили отчёт после обновления формы.', 25],
    ['17', -134, '14:00', 'task', 'none', 'done', '', 'emp-lebedev', '', 'Проверить регламентные задания ERP', '', '', 0],
    ['18', -121, '19:00', 'note', 'none', 'done', '', 'emp-lebedev', '', 'ERP обновлена до 2.5.17', 'Следующее обновление — после переноса доработок.', '', 0],
    ['19', -104, '12:30', 'email', 'out', 'done', 'ct-ts-belova', 'emp-kozlova', '', 'Новые тарифы ИТС', 'Рассылка о тарифах с 1 января.', '', 0],
    ['20', -90, '10:40', 'call', 'out', 'done', 'ct-ts-volkov', 'emp-orlova', 'int-ts-erp-update', 'Планы по обновлению ERP', 'Обсудили переход на 2.5.19 и перенос доработок.', 'Согласились на оценку; нужен доступ к тестовой базе.', 18],
    ['21', -75, '15:30', 'meeting', 'none', 'done', 'ct-ts-volkov', 'emp-orlova', 'int-ts-erp-update', 'Встреча по обновлению ERP', 'Обсудили сроки, бюджет и риски обновления.', 'Договорились: обновление в тестовой базе до конца квартала, КП по ИТС со скидкой.', 120],
    ['22', -74, '09:00', 'document', 'out', 'done', 'ct-ts-volkov', 'emp-orlova', 'int-ts-erp-update', 'Протокол встречи по обновлению ERP', 'Протокол разослан участникам.', '', 0],
    ['23', -60, '11:15', 'email', 'in', 'done', 'ct-ts-gromov', 'emp-nikitin', 'int-ts-erp-update', 'Доступ к тестовой базе', 'Выдан доступ по RDP.', '', 0],
    ['24', -52, '16:00', 'task', 'none', 'done', '', 'emp-nikitin', 'int-ts-erp-update', 'Оценить перенос доработок «Производства»', 'Сравнение конфигураций, список доработок.', '', 0],
    ['25', -45, '10:10', 'call', 'in', 'done', 'ct-ts-zaitseva', 'emp-kozlova', 'int-ts-zup-branches', 'Запрос по ЗУП для филиалов', 'Три филиала, отдельный учёт по подразделениям.', 'Подготовим КП на внедрение ЗУП КОРП для филиалов.', 15],
    ['26', -40, '12:00', 'email', 'out', 'done', 'ct-ts-zaitseva', 'emp-kozlova', 'int-ts-zup-branches', 'КП: ЗУП КОРП для трёх филиалов', 'Коммерческое предложение и план работ.', '', 0],
    ['27', -33, '14:20', 'letter', 'out', 'done', 'ct-ts-belova', 'emp-kozlova', '', 'Оригиналы актов за квартал', 'Отправлено курьером.', '', 0],
    ['28', -27, '09:30', 'call', 'out', 'done', 'ct-ts-gromov', 'emp-lebedev', '', 'Резервное копирование баз', 'Проверили настройки резервного копирования.', 'Копии делаются ежедневно, хранятся 14 дней.', 10],
    ['29', -20, '11:00', 'meeting', 'out', 'done', 'ct-ts-belova', 'emp-kozlova', 'int-ts-its-renewal', 'Продление ИТС: условия', 'Обсудили тариф и скидку за раннее продление.', 'Клиент согласен на продление при скидке 5%.', 60],
    ['30', -14, '10:00', 'note', 'none', 'done', '', 'emp-lebedev', '', 'ЗУП обновлена до 3.1.30', '', '', 0],
    ['31', -9, '15:45', 'call', 'in', 'done', 'ct-ts-belova', 'emp-lebedev', '', 'Вопрос по больничным', 'Как провести больничный, начатый в отпуске.', 'Проконсультировали, инструкция отправлена на почту.', 14],
    ['32', -8, '16:10', 'email', 'out', 'done', 'ct-ts-belova', 'emp-lebedev', '', 'Инструкция по больничным', 'Пошаговая инструкция со снимками экрана.', '', 0],
    ['33', -6, '10:30', 'meeting', 'none', 'done', 'ct-ts-volkov', 'emp-orlova', 'int-ts-erp-update', 'Итоги тестового обновления ERP', 'Показали тестовую базу 2.5.19.', 'Тест принят; обновление рабочей базы — после продления ИТС.', 75, true],
    ['34', -5, '12:00', 'call', 'out', 'cancelled', 'ct-ts-zaitseva', 'emp-kozlova', 'int-ts-zup-branches', 'Обсуждение КП по ЗУП', 'Клиент попросил перенести на следующую неделю.', '', 0],
    ['35', -3, '11:00', 'call', 'out', 'planned', 'ct-ts-zaitseva', 'emp-kozlova', 'int-ts-zup-branches', 'Перезвонить по КП на ЗУП', 'Узнать решение по КП для филиалов.', '', 0],
    ['36', -1, '17:30', 'email', 'in', 'done', 'ct-ts-belova', 'emp-kozlova', 'int-ts-its-renewal', 'Реквизиты для счёта на продление', 'Просят выставить счёт до 20-го.', '', 0],
    ['37', 1, '10:00', 'task', 'none', 'planned', '', 'emp-kozlova', 'int-ts-its-renewal', 'Выставить счёт на продление ИТС', 'Со скидкой 5%, отправить через Диадок.', '', 0],
    ['38', 2, '11:30', 'call', 'out', 'planned', 'ct-ts-belova', 'emp-kozlova', 'int-ts-its-renewal', 'Подтвердить оплату продления', '', '', 0],
    ['39', 5, '14:00', 'meeting', 'out', 'planned', 'ct-ts-volkov', 'emp-orlova', 'int-ts-erp-update', 'Согласование плана обновления рабочей базы', 'Окно простоя, ответственные, откат.', '', 90],
    ['40', 9, '10:00', 'task', 'none', 'planned', '', 'emp-lebedev', 'int-ts-erp-update', 'Обновить ERP_ТехноСтрой до 2.5.19', 'Резервная копия, обновление, проверка регламентных заданий.', '', 0],
    ['41', 21, '15:00', 'call', 'out', 'planned', 'ct-ts-gromov', 'emp-lebedev', '', 'Проверка после обновления', '', '', 0],
  ];
  const interactions = rows.map(([n, d, time, type, direction, status, contact_id, owner_id, interest_id, subject, body, result, minutes, attach]) => ({
    id: `ia-ts-${n}`, client_id: 'cl-technostroy', contact_id: contact_id || null, interest_id: interest_id || null,
    type, direction, subject, body, result, at: workAt(d, time), duration_min: minutes, status,
    owner_id: owner_id || null,
    attachments: attach ? [{ name: 'Протокол встречи.txt', mime: 'text/plain', size: byteLength(protocol), data: base64(protocol) }] : [],
  }));
  const other = (id, client_id, d, time, type, direction, status, contact_id, owner_id, subject, result = '', minutes = 0, interest_id = null) => ({
    id, client_id, contact_id, interest_id, type, direction, subject, body: '', result, at: workAt(d, time), duration_min: minutes,
    status, owner_id, attachments: [],
  });
  interactions.push(
    other('ia-sv-01', 'cl-severny-veter', -120, '11:00', 'call', 'in', 'done', 'ct-sv-pavlova', 'emp-lebedev', 'Ошибка обмена с банком', 'Обновили модуль обмена.', 20),
    other('ia-sv-02', 'cl-severny-veter', -30, '10:00', 'email', 'out', 'done', 'ct-sv-morozov', 'emp-orlova', 'Напоминание: договор сопровождения заканчивается'),
    other('ia-sv-03', 'cl-severny-veter', -11, '12:40', 'call', 'out', 'done', 'ct-sv-morozov', 'emp-orlova', 'Продление сопровождения', 'Решение после утверждения бюджета.', 9, 'int-sv-renewal'),
    other('ia-sv-04', 'cl-severny-veter', 4, '11:00', 'call', 'out', 'planned', 'ct-sv-morozov', 'emp-orlova', 'Узнать решение по бюджету', '', 0, 'int-sv-renewal'),
    other('ia-kz-01', 'cl-ip-kuznetsov', -200, '13:00', 'call', 'in', 'done', 'ct-kz-kuznetsov', 'emp-kozlova', 'Не печатается чек', 'Переустановили драйвер ККТ.', 30),
    other('ia-kz-02', 'cl-ip-kuznetsov', 7, '10:00', 'task', 'none', 'planned', null, 'emp-kozlova', 'Напомнить об обновлении «Розницы»'),
    other('ia-vl-01', 'cl-volga', -25, '09:50', 'call', 'in', 'done', 'ct-vl-sorokina', 'emp-fedorova', 'Входящий запрос: учёт транспорта', 'Интересует 1С:ERP + управление автотранспортом.', 22),
    other('ia-vl-02', 'cl-volga', 3, '14:00', 'meeting', 'out', 'planned', 'ct-vl-sorokina', 'emp-fedorova', 'Демонстрация 1С:ERP', '', 120),
  );

  return documentOf(`${today}T09:00:00+03:00`, { employees, clients, contacts, interactions, interests, relationships, contracts });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2), ['today', 'out']);
    const today = referenceDay(args.today);
    const out = args.out || path.join(here, '..', 'fixtures', 'rich.json');
    fs.writeFileSync(out, JSON.stringify(buildRich(today), null, 2) + '\n');
    console.log(`wrote ${out} (reference day ${today})`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
