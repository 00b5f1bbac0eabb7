// Common US given names and surnames, combined at random: the people are fictional.
export const FIRST_NAMES = [
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
  "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
  "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra",
  "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
  "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah",
  "Priya", "Wei", "Ahmed", "Maria", "Jose", "Mei", "Raj", "Fatima", "Hiroshi", "Olga", "Kwame", "Ana",
  "Sanjay", "Lina", "Omar", "Elena", "Chen", "Aisha", "Diego", "Yuki", "Ngozi", "Tomasz", "Leila", "Arjun",
];
export const LAST_NAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
  "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel",
  "Kim", "Chen", "Shah", "Singh", "Cohen", "Okafor", "Novak", "Kowalski", "Haddad", "Tanaka", "Ivanova",
  "Mensah", "Rossi", "Müller", "O'Brien", "Sullivan", "Murphy", "Bennett", "Brooks", "Reyes", "Foster",
];
export const STREETS = [
  "Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Pine", "Medical Center",
  "University", "Hospital", "Riverside", "Lincoln", "Jefferson", "Franklin", "Madison", "Highland", "Spring",
];
export const STREET_TYPES = ["St", "Ave", "Blvd", "Dr", "Rd", "Pkwy", "Way"];
/** Given names above usually borne by women or by men (demo data: each fictional person's stated gender fits the name; the rest are either). */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa",
  "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda",
  "Dorothy", "Melissa", "Deborah", "Priya", "Maria", "Mei", "Fatima", "Olga", "Ana", "Lina", "Elena", "Aisha",
  "Ngozi", "Leila",
]);
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set([
  "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Charles",
  "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
  "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ahmed", "Jose", "Raj", "Hiroshi", "Kwame", "Sanjay",
  "Omar", "Diego", "Tomasz", "Arjun",
]);
