// Writes a fixture in interchange format v1 with one client and N interactions, for the
// long-timeline checks (scrolling 10,000 entries, filters, frame times):
//   node tests/e2e/tools/gen_timeline.mjs [--count 10000] [--out PATH] [--today YYYY-MM-DD] [--seed 1]
// Default output: /tmp/card-timeline-<count>.json (not committed: regenerate it).
//
// The client «Долгострой» (cl-long) has three contacts and an open-ended contract in
// force; three employees are owners. The interactions run from the first contact (about
// six a day back from the reference day) to count/100 days ahead (at most 60), oldest
// first, ids tl-000001…: every type with its usual directions; in the past 92% done and
// 8% cancelled, except up to five planned ones in the last two weeks (overdue); after the
// reference day all planned. Done calls and meetings have durations and about half a
// result. Subjects end in "(№ k)", k = the ordinal, so a text filter can find exactly
// one. The same seed gives the same file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendar, documentOf, documentText, inn10, ogrn, parseArgs, random, referenceDay } from './fixture_lib.mjs';

const SUBJECTS = {
  call: ['Консультация по закрытию месяца', 'Вопрос по отчётности', 'Ошибка при проведении документа', 'Согласование сроков', 'Уточнение по счёту'],
  meeting: ['Встреча по развитию системы', 'Демонстрация новых возможностей', 'Согласование плана работ', 'Обучение пользователей'],
  email: ['Счёт на оплату', 'Инструкция пользователю', 'Ответ на запрос', 'Коммерческое предложение'],
  letter: ['Оригиналы актов', 'Письмо о реквизитах', 'Претензия по срокам'],
  task: ['Обновить конфигурацию', 'Проверить резервные копии', 'Подготовить КП', 'Настроить обмен'],
  note: ['Изменился контакт', 'Комментарий по клиенту', 'Итоги квартала'],
  document: ['Договор на подпись', 'Акт выполненных работ', 'Спецификация'],
};
const DIRECTIONS = {
  call: ['in', 'out'], meeting: ['none', 'out'], email: ['in', 'out'], letter: ['in', 'out'],
  task: ['none'], note: ['none'], document: ['in', 'out'],
};
// Calls and e-mails dominate a real timeline.
const TYPE_WEIGHTS = [['call', 35], ['email', 25], ['task', 12], ['meeting', 8], ['note', 8], ['document', 7], ['letter', 5]];
const RESULTS = ['Вопрос решён', 'Договорились о следующем шаге', 'Клиент перезвонит', 'Отправили инструкцию', 'Нужна доработка'];

export function buildTimeline({ count = 10000, today, seed = 1 } = {}) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${count}`);
  const { at } = calendar(today);
  const rnd = random(seed);
  const weightTotal = TYPE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const pickType = () => {
    let x = rnd.next() * weightTotal;
    for (const [t, w] of TYPE_WEIGHTS) if ((x -= w) < 0) return t;
    return 'call';
  };

  const employees = [
    { id: 'emp-tl-1', name: 'Орлова Екатерина Дмитриевна', position: 'Менеджер по продажам', department: 'Отдел продаж', phone: '+7 495 777-10-10 доб. 123', email: 'e.orlova@partner-1c.example' },
    { id: 'emp-tl-2', name: 'Лебедев Максим Олегович', position: 'Инженер сопровождения', department: 'Сервисный отдел', phone: '+7 495 777-10-10 доб. 214', email: 'm.lebedev@partner-1c.example' },
    { id: 'emp-tl-3', name: 'Козлова Анна Игоревна', position: 'Аккаунт-менеджер', department: 'Клиентский отдел', phone: '+7 495 777-10-10 доб. 131', email: 'a.kozlova@partner-1c.example' },
  ];
  const ahead = Math.min(60, Math.max(1, Math.round(count / 100)));  // days of planned work ahead
  const perDay = 8;
  const back = Math.max(30, Math.ceil((count * 7) / (5 * perDay)));     // calendar days back to the first contact
  const clients = [{
    id: 'cl-long', name: 'ООО «Долгострой»', legal_name: 'Общество с ограниченной ответственностью «Долгострой»',
    kind: 'legal_entity', inn: inn10('772912345'), kpp: '772901001', ogrn: ogrn('105774612345'),
    legal_address: '119311, г. Москва, пр-т Вернадского, д. 8А', actual_address: '', phones: ['+7 495 930-00-00'],
    emails: ['info@dolgostroy.example'], website: 'https://dolgostroy.example', segment: 'Крупный бизнес',
    industry: 'Строительство', size: '1 200 сотрудников', source: 'Тендер', status: 'active', tags: ['нагрузочный тест'],
    notes: `Сгенерировано: ${count} взаимодействий.`, created_at: at(-back - 1, '10:00'),
    responsibles: [{ employee_id: 'emp-tl-1', role: 'sales_manager' }, { employee_id: 'emp-tl-2', role: 'service_engineer' }],
    products: [], infobases: [],
  }];
  const contacts = [
    ['ct-tl-1', 'Волков Игорь Николаевич', 'Генеральный директор', true],
    ['ct-tl-2', 'Белова Наталья Сергеевна', 'Главный бухгалтер', false],
    ['ct-tl-3', 'Громов Денис Андреевич', 'Руководитель ИТ-отдела', false],
  ].map(([id, name, position, primary], k) => ({
    id, client_id: 'cl-long', name, position, role: '', phones: [`+7 495 930-00-00 доб. ${101 + k}`],
    emails: [`contact${k + 1}@dolgostroy.example`], primary, notes: '',
  }));

  // Spread the moments evenly from `back` days ago to `ahead` days ahead, working hours.
  const span = (back + ahead) * 600;  // minutes of working time (09:00-19:00)
  const interactions = [];
  let overdue = 0;
  for (let k = 0; k < count; k++) {
    const m = Math.floor((k * span) / count) + rnd.int(0, Math.max(0, Math.floor(span / count) - 1));
    const dayOffset = -back + Math.floor(m / 600);
    const minuteOfDay = 9 * 60 + (m % 600);
    const hhmm = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
    const type = pickType();
    let status;
    if (dayOffset > 0) status = 'planned';
    else if (dayOffset >= -14 && overdue < 5 && rnd.next() < 0.2) { status = 'planned'; overdue++; }
    else status = rnd.next() < 0.08 ? 'cancelled' : 'done';
    const talk = type === 'call' || type === 'meeting';
    const duration = status === 'done' && talk ? (type === 'call' ? rnd.int(1, 60) : rnd.int(30, 180)) : 0;
    const result = status === 'done' && talk && rnd.next() < 0.5 ? rnd.pick(RESULTS) : '';
    const n = k + 1;
    interactions.push({
      id: `tl-${String(n).padStart(6, '0')}`, client_id: 'cl-long',
      contact_id: type === 'task' || type === 'note' ? null : rnd.pick(contacts).id, interest_id: null,
      type, direction: rnd.pick(DIRECTIONS[type]), subject: `${rnd.pick(SUBJECTS[type])} (№ ${n})`,
      body: rnd.next() < 0.3 ? 'Подробности в переписке с клиентом.' : '', result, at: at(dayOffset, hhmm),
      duration_min: duration, status, owner_id: rnd.pick(employees).id, attachments: [],
    });
  }
  const contracts = [{
    id: 'ctr-long', client_id: 'cl-long', kind: 'service_agreement', number: 'С-1/2022', title: 'Сопровождение',
    signed_on: null, valid_from: null, valid_to: null, status: 'active', amount: null, terms: '',
  }];
  return documentOf(`${today}T09:00:00+03:00`, { employees, clients, contacts, interactions, contracts });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2), ['count', 'out', 'today', 'seed']);
    const count = args.count === undefined ? 10000 : Number(args.count);
    const seed = args.seed === undefined ? 1 : Number(args.seed);
    const doc = buildTimeline({ count, today: referenceDay(args.today), seed });
    const out = args.out || `/tmp/card-timeline-${count}.json`;
    fs.writeFileSync(out, documentText(doc));
    console.log(`wrote ${out}: ${doc.interactions.length} interactions of ${doc.clients[0].name} (id cl-long)`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
