import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { TagEvents } from '@/components/TagHistory';
import type { AnnotationEvent, AutoTag } from '@/utils/db/records';

const tag: AutoTag = {
  stage: 'curation',
  stageConfidence: 0.7,
  sentiment: 'positive',
  sentimentScore: 0.6,
  intents: ['praise', 'question'],
  language: 'id',
  cues: { stage: [], sentiment: [] },
};

describe('tag history', () => {
  test('every tag in order: the engine by name, a moderator marked manual, the value by its label', () => {
    const events: AnnotationEvent[] = [
      { id: 1, commentId: 'c', kind: 'auto', tag, by: 'tanggap', at: 1_000 },
      { id: 2, commentId: 'c', kind: 'manual', field: 'sentiment', value: 'negative', by: 'Ayu', at: 2_000 },
      // A value this version does not know is shown as stored.
      {
        id: 3,
        commentId: 'c',
        kind: 'manual',
        field: 'stage',
        value: 'advocacy',
        by: '<b>Budi</b>',
        at: 3_000,
      },
    ];
    render(<TagEvents events={events} />);
    const items = within(screen.getByRole('list', { name: 'Tag history' })).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(['auto', 'manual', 'manual']);
    expect(within(items[0]!).getByText('by Tanggap')).toBeTruthy();
    expect(within(items[0]!).queryByText('Manual')).toBeNull();
    expect(
      within(items[0]!)
        .getAllByText(/./, { selector: '.chips .chip' })
        .map((c) => c.textContent),
    ).toEqual(['Curation', 'Positive', 'Praise', 'Question']);
    expect(within(items[1]!).getByText('Manual')).toBeTruthy();
    expect(within(items[1]!).getByText('Sentiment: Negative')).toBeTruthy();
    expect(within(items[2]!).getByText('Stage: advocacy')).toBeTruthy();
    expect(within(items[2]!).getByText('by <b>Budi</b>')).toBeTruthy();
    expect(items[2]!.querySelector('b')).toBeNull();
    expect(items[1]!.querySelector('time')!.getAttribute('datetime')).toBe(new Date(2_000).toISOString());
  });

  test('no tags yet', () => {
    render(<TagEvents events={[]} />);
    expect(screen.getByText('No tags recorded for this comment.')).toBeTruthy();
  });
});
