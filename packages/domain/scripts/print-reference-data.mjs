// Interim `npm start`: prints the demo association's municipalities and the domain's code lists.
import { Fte, Money, hoglandetMunicipalities, codeLists } from '@finsam-se/domain';

console.log('Höglandets samordningsförbund – Supported Employment');
console.log(
  `Funding ${Money.format(Money.ofKronor(3_800_000), { decimals: 0 })} a year, six posts of ${Fte.format(Fte.full)} FTE\n`,
);
for (const municipality of hoglandetMunicipalities)
  console.log(`  ${municipality.code}  ${municipality.name}`);
for (const list of codeLists) {
  console.log(`\n${list.name.sv} (${list.id} v${list.version})`);
  for (const entry of list.entries) console.log(`  ${entry.code.padEnd(24)} ${entry.label.sv}`);
}
