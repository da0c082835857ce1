import { expect } from 'vitest';
import type { GraphQLClient, GraphQLResponse } from './client.js';

/** The library subgraph's operations as a client sends them, and helpers that fail loudly. */
export const PLAYLIST_FIELDS = /* GraphQL */ `
  fragment PlaylistFields on Playlist {
    id name description public songCount durationSeconds version createdAt updatedAt owner { id }
    entries(first: 100) {
      totalCount
      edges { node { id position songTitle songArtist durationSeconds songRemoved song { id title } } }
    }
  }
`;

export interface PlaylistEntryFields {
  id: string;
  position: number;
  songTitle: string;
  songArtist: string;
  durationSeconds: number;
  songRemoved: boolean;
  song: { id: string; title: string } | null;
}

export interface PlaylistFields {
  id: string;
  name: string;
  description: string | null;
  public: boolean;
  songCount: number;
  durationSeconds: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  owner: { id: string } | null;
  entries: { totalCount: number; edges: Array<{ node: PlaylistEntryFields }> };
}

export const CREATE_PLAYLIST = /* GraphQL */ `
  mutation ($input: PlaylistInput!) { createPlaylist(input: $input) { ...PlaylistFields } }
  ${PLAYLIST_FIELDS}
`;
export const UPDATE_PLAYLIST = /* GraphQL */ `
  mutation ($id: ID!, $input: PlaylistInput!, $expectedVersion: Int) {
    updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) { ...PlaylistFields }
  }
  ${PLAYLIST_FIELDS}
`;
export const DELETE_PLAYLIST = 'mutation ($id: ID!) { deletePlaylist(id: $id) }';
export const ADD_TO_PLAYLIST = /* GraphQL */ `
  mutation ($id: ID!, $songIds: [ID!]!, $position: Int, $expectedVersion: Int) {
    addToPlaylist(id: $id, songIds: $songIds, position: $position, expectedVersion: $expectedVersion) { ...PlaylistFields }
  }
  ${PLAYLIST_FIELDS}
`;
export const REMOVE_FROM_PLAYLIST = /* GraphQL */ `
  mutation ($id: ID!, $entryIds: [ID!]!, $expectedVersion: Int) {
    removeFromPlaylist(id: $id, entryIds: $entryIds, expectedVersion: $expectedVersion) { ...PlaylistFields }
  }
  ${PLAYLIST_FIELDS}
`;
export const MOVE_PLAYLIST_ENTRY = /* GraphQL */ `
  mutation ($id: ID!, $entryId: ID!, $toPosition: Int!, $expectedVersion: Int) {
    movePlaylistEntry(id: $id, entryId: $entryId, toPosition: $toPosition, expectedVersion: $expectedVersion) {
      ...PlaylistFields
    }
  }
  ${PLAYLIST_FIELDS}
`;
export const PLAYLIST = /* GraphQL */ `
  query ($id: ID!) { playlist(id: $id) { ...PlaylistFields } }
  ${PLAYLIST_FIELDS}
`;
export const STAR = 'mutation ($kind: FavouriteKind!, $id: ID!) { star(kind: $kind, id: $id) }';
export const UNSTAR = 'mutation ($kind: FavouriteKind!, $id: ID!) { unstar(kind: $kind, id: $id) }';

/** Data of a response that must have no errors. */
export function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as Data;
}

export async function createPlaylist(client: GraphQLClient, input: Record<string, unknown>): Promise<PlaylistFields> {
  return dataOf(await client.request<{ createPlaylist: PlaylistFields }>(CREATE_PLAYLIST, { input })).createPlaylist;
}

export async function addToPlaylist(
  client: GraphQLClient,
  id: string,
  songIds: string[],
  extra: Record<string, unknown> = {},
): Promise<PlaylistFields> {
  return dataOf(await client.request<{ addToPlaylist: PlaylistFields }>(ADD_TO_PLAYLIST, { id, songIds, ...extra }))
    .addToPlaylist;
}

export async function readPlaylist(client: GraphQLClient, id: string): Promise<PlaylistFields> {
  return dataOf(await client.request<{ playlist: PlaylistFields }>(PLAYLIST, { id })).playlist;
}

/** The entries' song titles in order. */
export const titlesOf = (playlist: PlaylistFields) => playlist.entries.edges.map(({ node }) => node.songTitle);
export const positionsOf = (playlist: PlaylistFields) => playlist.entries.edges.map(({ node }) => node.position);
